import { unsubscribeRoutes } from "@tsunagu/app-kit";
import { kit } from "~/lib/kit.server";
import { publicApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["email"] };
const routes = unsubscribeRoutes(kit, async (request) => (await publicApi(request)).unsubscribe);
export const loader = routes.loader;
export const action = routes.action;
export { pageMeta as meta, UnsubscribePage as default } from "@tsunagu/ui/remix";
