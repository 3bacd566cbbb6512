import { apiCaller, unsubscribeRoutes } from "@tsunagu/app-kit";
import { employerRouter } from "@tsunagu/api";
import { kit } from "./kit.server";

/** The employer procedures for this app's loaders and actions, with the request's session. */
export const callEmployerApi = apiCaller(kit, employerRouter);

/** The unsubscribe link of every mail (F8): signed token, no session. */
export const unsubscribePage = unsubscribeRoutes(
  kit,
  async (request) => (await callEmployerApi(request)).api.unsubscribe,
);
