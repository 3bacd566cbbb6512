import { z } from "zod";
import { MemberRole } from "@tsunagu/db";
import { listMembers } from "../../../services/members/list-members";
import { employerProcedure } from "../../../trpc";
import { isoDateTime, noInput } from "../../shared/schemas";

export const list = employerProcedure
  .input(noInput)
  .output(
    z.array(
      z.object({
        id: z.string(),
        displayName: z.string(),
        role: z.enum(MemberRole),
        joinedAt: isoDateTime,
        isYou: z.boolean(),
      }),
    ),
  )
  .query(async ({ ctx }) => {
    const members = await listMembers(ctx.db, ctx.member.companyId);
    return members.map((m) => ({
      ...m,
      joinedAt: m.joinedAt.toISOString(),
      isYou: m.id === ctx.member.id,
    }));
  });
