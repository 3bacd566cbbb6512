import { reportInvitationForm } from "@tsunagu/schemas/invitations";
import { reportMyInvitation } from "../../../services/invitations/my-invitations";
import { seekerProcedure } from "../../../trpc";
import { answerOut, answerSchema } from "./schemas";

/** F6: report as spam or a scam; hidden from the inbox, kept for the platform's review. */
export const report = seekerProcedure
  .input(reportInvitationForm)
  .output(answerSchema)
  .mutation(async ({ ctx, input }) =>
    answerOut(await reportMyInvitation(ctx.db, ctx.user.id, input)),
  );
