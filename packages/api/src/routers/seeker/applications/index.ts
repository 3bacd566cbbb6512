import { router } from "../../../trpc";
import { submit } from "./submit";
import { get } from "./get";
import { list } from "./list";
import { preview } from "./preview";
import { withdraw } from "./withdraw";

/** F5: applying to jobs and the seeker's own applications. */
export const applicationsRouter = router({ preview, submit, list, get, withdraw });
