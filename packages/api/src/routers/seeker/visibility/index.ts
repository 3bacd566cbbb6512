import { router } from "../../../trpc";
import { get } from "./get";
import { save } from "./save";

/** F3, F4: who can find the resume. */
export const visibilityRouter = router({ get, save });
