import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/react";
import {
  assertSameOrigin,
  getOptionalUser,
  invalidateSession,
  signedOutCookie,
} from "~/lib/auth.server";
import { db } from "~/lib/db.server";

/** Signing out is a POST only: a link or an image on another site must not sign anyone out. */
export function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const signedIn = await getOptionalUser(request);
  if (signedIn) await invalidateSession(db, signedIn.session.id);
  return redirect("/sign-in?signedOut=1", { headers: { "Set-Cookie": signedOutCookie() } });
}
