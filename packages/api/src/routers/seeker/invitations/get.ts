import { invitationRef } from "@tsunagu/schemas/invitations";
import { getMyInvitation } from "../../../services/invitations/my-invitations";
import { seekerProcedure } from "../../../trpc";
import { invitationOut, invitationSchema } from "./schemas";

/** F6: one of my invitations. */
export const get = seekerProcedure
  .input(invitationRef)
  .output(invitationSchema)
  .query(async ({ ctx, input }) =>
    invitationOut(await getMyInvitation(ctx.db, ctx.user.id, input.invitationId)),
  );
