import { unsubscribeRoutes } from "@tsunagu/app-kit";
import { kit } from "~/lib/kit.server";
import { callEmployerApi } from "~/lib/trpc.server";

export const handle = { i18n: ["email"] };
const routes = unsubscribeRoutes(
  kit,
  async (request) => (await callEmployerApi(request)).api.unsubscribe,
);
export const loader = routes.loader;
export const action = routes.action;
export { pageMeta as meta, UnsubscribePage as default } from "@tsunagu/ui/remix";
