import { kit } from "~/lib/kit.server";

export const loader = kit.pages.twoStepSetup.loader;
export const action = kit.pages.twoStepSetup.action;
export { pageMeta as meta, TwoStepSetupPage as default } from "@tsunagu/ui/remix";
