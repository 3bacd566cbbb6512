import { kit } from "~/lib/kit.server";

export const loader = kit.pages.forgotPassword.loader;
export const action = kit.pages.forgotPassword.action;
export { pageMeta as meta, ForgotPasswordPage as default } from "@tsunagu/ui/remix";
