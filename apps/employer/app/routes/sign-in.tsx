import { useLoaderData } from "@remix-run/react";
import { SignInPage, pageMeta } from "@tsunagu/ui/remix";
import { kit } from "~/lib/kit.server";

export const loader = kit.pages.signIn.loader;
export const action = kit.pages.signIn.action;
export const meta = pageMeta;

export default function SignIn() {
  const { oauth } = useLoaderData<typeof loader>();
  return <SignInPage defaultRedirectTo="/account" selfService oauth={oauth} />;
}
