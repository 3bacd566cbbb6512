import { z } from "zod";
import { getIndexHealth } from "../../../services/operations/index-health";
import { adminProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";

const count = z.number().int().min(0);

/** F20: index health in counts; reads no personal data, so no purpose is asked (R9). */
export const indexHealth = adminProcedure
  .input(noInput)
  .output(
    z.object({
      searchAvailable: z.boolean(),
      resumes: z.object({ searchableInDatabase: count, documentsInIndex: count.nullable() }),
      jobs: z.object({ publicInDatabase: count, documentsInIndex: count.nullable() }),
      outbox: z.object({
        pending: count,
        failing: count,
        oldestPendingAgeSeconds: count.nullable(),
      }),
    }),
  )
  .query(({ ctx }) => getIndexHealth(ctx.db));
