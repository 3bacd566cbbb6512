import { router } from "../../../trpc";
import { accept } from "./accept";
import { decline } from "./decline";
import { get } from "./get";
import { list } from "./list";
import { report } from "./report";

/** F6: the seeker's invitations from employers. */
export const invitationsRouter = router({ list, get, accept, decline, report });
