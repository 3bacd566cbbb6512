import { ForgotPasswordPage } from "@tsunagu/ui/remix";
import { kit } from "~/lib/kit.server";

export const action = kit.pages.forgotPassword.action;
export default ForgotPasswordPage;
