import { ResetPasswordPage, pageMeta } from "@tsunagu/ui/remix";
import { kit } from "~/lib/kit.server";

export const loader = kit.pages.resetPassword.loader;
export const action = kit.pages.resetPassword.action;
export const meta = pageMeta;
export default ResetPasswordPage;
