import { kit } from "~/lib/kit.server";

export const loader = kit.pages.notMe.loader;
export const action = kit.pages.notMe.action;
export { pageMeta as meta, NotMePage as default } from "@tsunagu/ui/remix";
