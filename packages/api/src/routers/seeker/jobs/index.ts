import { router } from "../../../trpc";
import { jobAlertsRouter } from "./alerts";
import { get } from "./get";
import { savedJobsRouter } from "./saved";
import { search } from "./search";

/** F5: public jobs (search, one job), the seeker's saved jobs and job alerts (F8). */
export const jobsRouter = router({ search, get, saved: savedJobsRouter, alerts: jobAlertsRouter });
