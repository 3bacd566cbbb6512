import { z } from "zod";
import { removeMember } from "../../../services/members/remove-member";
import { companyOwnerProcedure } from "../../../trpc";

export const remove = companyOwnerProcedure
  .input(z.object({ memberId: z.uuid() }))
  .output(z.object({ removed: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await removeMember(ctx.db, { companyId: ctx.member.companyId }, input.memberId);
    return { removed: true as const };
  });
