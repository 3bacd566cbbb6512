import { companyProfile } from "../../../services/company/company-profile";
import { employerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";
import { companyProfileOutput } from "./schemas";

/** F10: the company's profile and identity; every member may read it. */
export const get = employerProcedure
  .input(noInput)
  .output(companyProfileOutput)
  .query(async ({ ctx }) => {
    const profile = await companyProfile(ctx.db, ctx.member.companyId);
    return { ...profile, updatedAt: profile.updatedAt.toISOString() };
  });
