import { z } from "zod";
import { AUDIT_KINDS, auditListInput, listAuditEntries } from "../../../services/company/audit-log";
import { companyOwnerProcedure } from "../../../trpc";
import { isoDateTime } from "../../shared/schemas";

/**
 * F16: the company's access log (resume views, contact reveals, exports), owners only, newest
 * first. Candidates are named by their search key, never by name or contact value.
 */
export const list = companyOwnerProcedure
  .input(auditListInput)
  .output(
    z.object({
      entries: z.array(
        z.object({
          id: z.string(),
          occurredAt: isoDateTime,
          kind: z.enum(AUDIT_KINDS),
          purpose: z.string(),
          memberId: z.string().nullable(),
          memberName: z.string().nullable(),
          candidateKey: z.string(),
        }),
      ),
      nextCursor: z.string().nullable(),
    }),
  )
  .query(async ({ ctx, input }) => {
    const page = await listAuditEntries(ctx.db, ctx.member.companyId, input);
    return {
      entries: page.entries.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() })),
      nextCursor: page.nextCursor,
    };
  });
