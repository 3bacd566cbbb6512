import { router } from "../../trpc";
import { accountRouter } from "../shared/account";
import { find } from "./candidates/find";
import { get } from "./candidates/get";
import { send } from "./invitations/send";
import { acceptInvitation } from "./members/accept-invitation";
import { invite } from "./members/invite";
import { list } from "./members/list";
import { remove } from "./members/remove";
import { transferOwnership } from "./members/transfer-ownership";

/** Everything apps/employer can call. */
export const employerRouter = router({
  candidates: router({ find, get }),
  invitations: router({ send }),
  members: router({ list, invite, remove, transferOwnership, acceptInvitation }),
  account: accountRouter,
});

export type EmployerRouter = typeof employerRouter;
