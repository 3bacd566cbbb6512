import { router } from "../../trpc";
import { accountRouter } from "../shared/account";
import { unsubscribeRouter } from "../shared/unsubscribe";
import { applicationsRouter } from "./applications";
import { emailRouter } from "./email";
import { invitationsRouter } from "./invitations";
import { jobsRouter } from "./jobs";
import { privacyRouter } from "./privacy";
import { resumeRouter } from "./resume";
import { visibilityRouter } from "./visibility";

/** Everything apps/seeker can call; the seeker app mounts nothing else. */
export const seekerRouter = router({
  jobs: jobsRouter,
  resume: resumeRouter,
  applications: applicationsRouter,
  invitations: invitationsRouter,
  visibility: visibilityRouter,
  privacy: privacyRouter,
  account: accountRouter,
  email: emailRouter,
  unsubscribe: unsubscribeRouter,
});

export type SeekerRouter = typeof seekerRouter;
