import { z } from "zod";
import { listOpenJobs } from "../../../services/invitations/company-invitations";
import { employerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";

/** F13: the company's open jobs, which an invitation or a resume view's purpose can name. */
export const jobs = employerProcedure
  .input(noInput)
  .output(z.array(z.object({ id: z.string(), title: z.string() })))
  .query(({ ctx }) => listOpenJobs(ctx.db, ctx.member.companyId));
