import { kit } from "~/lib/kit.server";

export const loader = kit.pages.resetPassword.loader;
export const action = kit.pages.resetPassword.action;
export { pageMeta as meta, ResetPasswordPage as default } from "@tsunagu/ui/remix";
