// The only door from this app to @tsunagu/api; see the bundle guard in @tsunagu/vite-config.
import { AppError, createContext, employerRouter, handleTrpcRequest } from "@tsunagu/api";
import { env } from "~/env.server";
import { AUDIENCE } from "./auth.server";

/** This app's tRPC router, with the same audience and CSRF origin as its pages. */
export function serveTrpc(request: Request): Promise<Response> {
  return handleTrpcRequest(request, { audience: AUDIENCE, appOrigin: env.APP_ORIGIN });
}

/**
 * The same procedures for loaders and actions, with the request's session: authorization stays
 * in one place (the procedures), and a new account's cookie lands in `resHeaders`.
 * Callers check the request's origin first (assertSameOrigin), as every action does.
 */
export async function callEmployerApi(request: Request) {
  const resHeaders = new Headers();
  const context = await createContext({
    request,
    audience: AUDIENCE,
    appOrigin: env.APP_ORIGIN,
    resHeaders,
  });
  return { api: employerRouter.createCaller(context), resHeaders };
}

/** The domain error behind a failed call (its code picks the translated message), if any. */
export function appErrorOf(error: unknown): AppError | null {
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (error instanceof AppError) return error;
  return cause instanceof AppError ? cause : null;
}

/** The tRPC code of a failed call ("FORBIDDEN", "UNAUTHORIZED", …), for errors without an AppError. */
export function trpcCodeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}
