import { AccountSettings, pageMeta } from "@tsunagu/ui/remix";
import { kit } from "~/lib/kit.server";

export const loader = kit.pages.account.loader;
export const action = kit.pages.account.action;
export const meta = pageMeta;
export default AccountSettings;
