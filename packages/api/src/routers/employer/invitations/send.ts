import { z } from "zod";
import { sendInvitationInput } from "@tsunagu/schemas/invitations";
import { sendInvitation } from "../../../services/invitations/send-invitation";
import { employerProcedure } from "../../../trpc";
import { isoDateTime } from "../../shared/schemas";

/**
 * F13: invite a candidate found in search to one of the company's open jobs. The answer says
 * nothing about the seeker beyond what search showed: no contact detail before they accept.
 */
export const send = employerProcedure
  .input(sendInvitationInput)
  .output(z.object({ invitationId: z.string(), expiresAt: isoDateTime, emailed: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const sent = await sendInvitation(
      ctx.db,
      { companyId: ctx.member.companyId, memberId: ctx.member.id },
      input,
      { mail: ctx.invitationMail },
    );
    return {
      invitationId: sent.invitationId,
      expiresAt: sent.expiresAt.toISOString(),
      emailed: sent.emailed,
    };
  });
