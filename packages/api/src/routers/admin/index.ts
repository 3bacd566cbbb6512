import { router } from "../../trpc";
import { accountRouter } from "../shared/account";
import { indexHealth } from "./operations/index-health";

/** Everything apps/admin can call. */
export const adminRouter = router({
  operations: router({ indexHealth }),
  account: accountRouter,
});

export type AdminRouter = typeof adminRouter;
