import { router } from "../../../trpc";
import { get } from "./get";
import { savedJobsRouter } from "./saved";
import { search } from "./search";

/** F5: public jobs (search, one job) and the seeker's saved jobs. */
export const jobsRouter = router({ search, get, saved: savedJobsRouter });
