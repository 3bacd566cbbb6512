import { ResetPasswordPage } from "@tsunagu/ui/remix";
import { kit } from "~/lib/kit.server";

export const loader = kit.pages.resetPassword.loader;
export const action = kit.pages.resetPassword.action;
export default ResetPasswordPage;
