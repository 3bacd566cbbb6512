import { kit } from "~/lib/kit.server";

export const loader = kit.pages.privacyPolicy.loader;
export { pageMeta as meta, PrivacyPolicyPage as default } from "@tsunagu/ui/remix";
