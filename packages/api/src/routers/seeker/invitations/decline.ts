import { invitationRef } from "@tsunagu/schemas/invitations";
import { declineMyInvitation } from "../../../services/invitations/my-invitations";
import { seekerProcedure } from "../../../trpc";
import { answerOut, answerSchema } from "./schemas";

/** F6: decline an open invitation. */
export const decline = seekerProcedure
  .input(invitationRef)
  .output(answerSchema)
  .mutation(async ({ ctx, input }) =>
    answerOut(await declineMyInvitation(ctx.db, ctx.user.id, input.invitationId)),
  );
