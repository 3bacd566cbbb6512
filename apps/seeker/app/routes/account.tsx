import { kit } from "~/lib/kit.server";

export const loader = kit.pages.account.loader;
export const action = kit.pages.account.action;
export { pageMeta as meta, AccountSettings as default } from "@tsunagu/ui/remix";
