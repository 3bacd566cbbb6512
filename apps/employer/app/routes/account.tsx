import { AccountSettings } from "@tsunagu/ui/remix";
import { kit } from "~/lib/kit.server";

export const loader = kit.pages.account.loader;
export const action = kit.pages.account.action;
export default AccountSettings;
