import { VerifyEmailPage, pageMeta } from "@tsunagu/ui/remix";
import { kit } from "~/lib/kit.server";

export const loader = kit.pages.verifyEmail.loader;
export const action = kit.pages.verifyEmail.action;
export const meta = pageMeta;
export default VerifyEmailPage;
