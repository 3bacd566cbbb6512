import { z } from "zod";
import { transferOwnership as transfer } from "../../../services/members/transfer-ownership";
import { companyOwnerProcedure } from "../../../trpc";

export const transferOwnership = companyOwnerProcedure
  .input(z.object({ memberId: z.uuid() }))
  .output(z.object({ transferred: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await transfer(
      ctx.db,
      { companyId: ctx.member.companyId, memberId: ctx.member.id },
      input.memberId,
    );
    return { transferred: true as const };
  });
