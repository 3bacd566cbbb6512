import { SignInPage, pageMeta } from "@tsunagu/ui/remix";
import { kit } from "~/lib/kit.server";

export const loader = kit.pages.signIn.loader;
export const action = kit.pages.signIn.action;
export const meta = pageMeta;

/** No self-service links: platform admins are created by `pnpm admin:create` only. */
export default function SignIn() {
  return <SignInPage defaultRedirectTo="/" selfService={false} />;
}
