import { kit } from "~/lib/kit.server";

export const loader = kit.pages.verifyEmail.loader;
export const action = kit.pages.verifyEmail.action;
export { pageMeta as meta, VerifyEmailPage as default } from "@tsunagu/ui/remix";
