import { z } from "zod";
import { isoDateTime } from "../../shared/schemas";

export const companyProfileOutput = z.object({
  name: z.string(),
  slug: z.string(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  corporateNumber: z.string().nullable(),
  registryCountry: z.string().nullable(),
  registryId: z.string().nullable(),
  updatedAt: isoDateTime,
});
