import { ForgotPasswordPage, pageMeta } from "@tsunagu/ui/remix";
import { kit } from "~/lib/kit.server";

export const loader = kit.pages.forgotPassword.loader;
export const action = kit.pages.forgotPassword.action;
export const meta = pageMeta;
export default ForgotPasswordPage;
