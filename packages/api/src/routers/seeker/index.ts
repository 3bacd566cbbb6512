import { router } from "../../trpc";
import { accountRouter } from "../shared/account";
import { search } from "./jobs/search";

/** Everything apps/seeker can call; the seeker app mounts nothing else. */
export const seekerRouter = router({
  jobs: router({ search }),
  account: accountRouter,
});

export type SeekerRouter = typeof seekerRouter;
