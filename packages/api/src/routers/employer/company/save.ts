import { companyProfileInput } from "@tsunagu/schemas/company";
import { saveCompanyProfile } from "../../../services/company/company-profile";
import { companyOwnerProcedure } from "../../../trpc";
import { companyProfileOutput } from "./schemas";

/** F10: owners keep the profile and the corporate identity seekers' blocks match on. */
export const save = companyOwnerProcedure
  .input(companyProfileInput)
  .output(companyProfileOutput)
  .mutation(async ({ ctx, input }) => {
    const profile = await saveCompanyProfile(ctx.db, ctx.member.companyId, input);
    return { ...profile, updatedAt: profile.updatedAt.toISOString() };
  });
