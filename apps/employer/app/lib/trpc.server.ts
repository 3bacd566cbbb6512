import { apiCaller } from "@tsunagu/app-kit";
import { employerRouter } from "@tsunagu/api";
import { kit } from "./kit.server";

/** The employer procedures for this app's loaders and actions, with the request's session. */
export const callEmployerApi = apiCaller(kit, employerRouter);
