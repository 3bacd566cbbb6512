import { z } from "zod";
import { seatUsage } from "../../../services/members/seat-usage";
import { employerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";

/** F10: the plan's seats and how many members and open invitations take. */
export const seats = employerProcedure
  .input(noInput)
  .output(
    z.object({
      seats: z.number().int(),
      members: z.number().int(),
      openInvitations: z.number().int(),
    }),
  )
  .query(({ ctx }) => seatUsage(ctx.db, ctx.member.companyId));
