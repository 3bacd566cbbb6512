import { kit } from "~/lib/kit.server";

export const loader = kit.pages.twoStep.loader;
export const action = kit.pages.twoStep.action;
export { pageMeta as meta, TwoStepSignInPage as default } from "@tsunagu/ui/remix";
