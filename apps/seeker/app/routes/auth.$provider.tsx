import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/react";
import { beginOAuth } from "~/lib/oauth-flow.server";

/** The provider buttons post here; a plain visit goes back to sign-in. */
export function loader() {
  return redirect("/sign-in");
}

export function action(args: ActionFunctionArgs) {
  return beginOAuth(args, args.params.provider);
}
