import { z } from "zod";
import { revokeMemberInvitation } from "../../../services/members/revoke-member-invitation";
import { companyOwnerProcedure } from "../../../trpc";

/** F10: withdraw an open invitation; its link stops working and its seat is free again. */
export const revokeInvitation = companyOwnerProcedure
  .input(z.object({ invitationId: z.uuid() }))
  .output(z.object({ revoked: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await revokeMemberInvitation(ctx.db, { companyId: ctx.member.companyId }, input.invitationId);
    return { revoked: true as const };
  });
