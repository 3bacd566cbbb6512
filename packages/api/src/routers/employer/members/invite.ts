import { z } from "zod";
import { inviteMember, inviteMemberInput } from "../../../services/members/invite-member";
import { companyOwnerProcedure } from "../../../trpc";
import { isoDateTime } from "../../shared/schemas";

/** F10: invite by email. The accept token goes to the invitee's inbox, never into the response. */
export const invite = companyOwnerProcedure
  .input(inviteMemberInput)
  .output(z.object({ invitationId: z.string(), expiresAt: isoDateTime }))
  .mutation(async ({ ctx, input }) => {
    const issued = await inviteMember(
      ctx.db,
      { companyId: ctx.member.companyId, memberId: ctx.member.id },
      input,
    );
    return { invitationId: issued.invitationId, expiresAt: issued.expiresAt.toISOString() };
  });
