import { createDataRequestInput } from "@tsunagu/schemas/privacy";
import { z } from "zod";
import {
  createDataRequest as create,
  listMyDataRequests,
  type DataRequestView,
} from "../../../services/privacy-center/requests";
import { seekerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";

const requestOut = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.string(),
  details: z.string().nullable(),
  receivedAt: z.string(),
  dueAt: z.string(),
  deadlineRule: z.string().nullable(),
  completedAt: z.string().nullable(),
});

const out = (r: DataRequestView) => ({
  ...r,
  receivedAt: r.receivedAt.toISOString(),
  dueAt: r.dueAt.toISOString(),
  completedAt: r.completedAt?.toISOString() ?? null,
});

/** F7: a request that needs a person, due by the strictest rule of the deadline table. */
export const createRequest = seekerProcedure
  .input(createDataRequestInput)
  .output(requestOut)
  .mutation(async ({ ctx, input }) => out(await create(ctx.db, ctx.user.id, input)));

/** F7: the seeker's requests and where each stands. */
export const requests = seekerProcedure
  .input(noInput)
  .output(z.array(requestOut))
  .query(async ({ ctx }) => (await listMyDataRequests(ctx.db, ctx.user.id)).map(out));
