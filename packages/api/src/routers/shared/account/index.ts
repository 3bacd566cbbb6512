import { router } from "../../../trpc";
import { revokeSession } from "./revoke-session";
import { sessions } from "./sessions";
import { signOutEverywhere } from "./sign-out-everywhere";

/**
 * The same account procedures in all three apps. They need only "signed in to this app": the
 * context reads this app's cookie alone and refuses another app's session, so the seeker's
 * router never sees an employer or admin session.
 */
export const accountRouter = router({ sessions, revokeSession, signOutEverywhere });
