import type { LoaderFunctionArgs } from "@remix-run/node";
import { handleOAuthCallback } from "~/lib/oauth-flow.server";

export function loader(args: LoaderFunctionArgs) {
  return handleOAuthCallback(args, args.params.provider);
}
