import { router } from "../../trpc";
import { accountRouter } from "../shared/account";
import { applicationsRouter } from "./applications";
import { search } from "./jobs/search";
import { resumeRouter } from "./resume";
import { visibilityRouter } from "./visibility";

/** Everything apps/seeker can call; the seeker app mounts nothing else. */
export const seekerRouter = router({
  jobs: router({ search }),
  resume: resumeRouter,
  applications: applicationsRouter,
  visibility: visibilityRouter,
  account: accountRouter,
});

export type SeekerRouter = typeof seekerRouter;
