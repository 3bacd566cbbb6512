import { Prisma, type Db } from "@tsunagu/db";
import type { CompanyProfileInput } from "@tsunagu/schemas/company";
import { AppError } from "../../errors";

const PROFILE = {
  name: true,
  slug: true,
  website: true,
  description: true,
  corporateNumber: true,
  registryCountry: true,
  registryId: true,
  updatedAt: true,
} as const;

/** F10: the company's profile and identity, as its members see it. */
export function companyProfile(db: Pick<Db, "company">, companyId: string) {
  return db.company.findUniqueOrThrow({ where: { id: companyId }, select: PROFILE });
}

/**
 * F10: an owner keeps the profile. The corporate number (or another registry's id) is the
 * company's identity: one company per number, so a seeker's block matches exactly one company.
 */
export async function saveCompanyProfile(
  db: Pick<Db, "company">,
  companyId: string,
  input: CompanyProfileInput,
) {
  try {
    return await db.company.update({
      where: { id: companyId },
      data: {
        name: input.name,
        website: input.website ?? null,
        description: input.description ?? null,
        corporateNumber: input.corporateNumber ?? null,
        registryCountry: input.registryCountry ?? null,
        registryId: input.registryId ?? null,
      },
      select: PROFILE,
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const corporate = JSON.stringify(error.meta ?? {})
        .toLowerCase()
        .includes("corporate");
      throw new AppError("CONFLICT", "Another company on Tsunagu has this identity.", {
        fieldProblem: corporate
          ? { field: "corporateNumber", key: "identityTaken" }
          : { field: "registryId", key: "identityTaken" },
      });
    }
    throw error;
  }
}
