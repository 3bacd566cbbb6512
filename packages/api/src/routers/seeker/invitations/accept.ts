import { invitationRef } from "@tsunagu/schemas/invitations";
import { acceptMyInvitation } from "../../../services/invitations/my-invitations";
import { seekerProcedure } from "../../../trpc";
import { answerOut, answerSchema } from "./schemas";

/** F6/R5: accept; the contact details are disclosed to that company only, in the ledger. */
export const accept = seekerProcedure
  .input(invitationRef)
  .output(answerSchema)
  .mutation(async ({ ctx, input }) =>
    answerOut(await acceptMyInvitation(ctx.db, ctx.user.id, input.invitationId)),
  );
