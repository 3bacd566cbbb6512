import { kit } from "~/lib/kit.server";

export const loader = kit.pages.cookies.loader;
export const action = kit.pages.cookies.action;
export { pageMeta as meta, CookiePolicyPage as default } from "@tsunagu/ui/remix";
