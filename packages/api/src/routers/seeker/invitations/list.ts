import { z } from "zod";
import { listMyInvitations } from "../../../services/invitations/my-invitations";
import { seekerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";
import { invitationOut, invitationSchema } from "./schemas";

/** F6: the inbox, open invitations first; reported ones are no longer listed. */
export const list = seekerProcedure
  .input(noInput)
  .output(z.object({ invitations: z.array(invitationSchema) }))
  .query(async ({ ctx }) => ({
    invitations: (await listMyInvitations(ctx.db, ctx.user.id)).map(invitationOut),
  }));
