// The only door from this app to @tsunagu/api; see the bundle guard in @tsunagu/vite-config.
import { handleTrpcRequest } from "@tsunagu/api";
import { env } from "~/env.server";
import { AUDIENCE } from "./auth.server";

/** This app's tRPC router, with the same audience and CSRF origin as its pages. */
export function serveTrpc(request: Request): Promise<Response> {
  return handleTrpcRequest(request, { audience: AUDIENCE, appOrigin: env.APP_ORIGIN });
}
