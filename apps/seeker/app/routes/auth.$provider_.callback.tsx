import type { LoaderFunctionArgs } from "@remix-run/node";
import { handleOAuthCallback } from "~/lib/oauth-flow.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  return handleOAuthCallback(request, params.provider);
}
