import { unsubscribePage } from "~/lib/trpc.server";

export const handle = { i18n: ["email"] };
export const loader = unsubscribePage.loader;
export const action = unsubscribePage.action;
export { pageMeta as meta, UnsubscribePage as default } from "@tsunagu/ui/remix";
