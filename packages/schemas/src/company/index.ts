import { countries } from "@tsunagu/vocab";
import { z } from "zod";
import { optionalCode, optionalText, requiredText } from "../fields";
import { text } from "../text";

/**
 * Japan's corporate number (法人番号) as the National Tax Agency defines it: 13 digits, the
 * first a check digit over the other twelve, 9 − (Σ digit × (1, 2, 1, 2, … from the right)) mod 9.
 */
export function isCorporateNumber(value: string): boolean {
  if (!/^[1-9]\d{12}$/.test(value)) return false;
  let sum = 0;
  for (let i = 1; i <= 12; i++) sum += Number(value[13 - i]) * (i % 2 === 1 ? 1 : 2);
  return Number(value[0]) === 9 - (sum % 9);
}

/** "7000-01-2050002", "７０００…" and spaces are how people copy it: digits only are kept. */
function normaliseCorporateNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const digits = value.normalize("NFKC").replace(/[\s\-‐‑‒–—―ー]/g, "");
  return digits === "" ? undefined : digits;
}

export const corporateNumber = z.preprocess(
  normaliseCorporateNumber,
  text()
    .refine(isCorporateNumber, { params: { key: "corporateNumber" } })
    .optional(),
);

/** F10: the company profile its owners keep, with the identity block lists match on. */
export const companyProfileInput = z
  .object({
    name: requiredText(200),
    website: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      text()
        .trim()
        .max(300)
        .transform((value) => (/^https?:\/\//i.test(value) ? value : `https://${value}`))
        .refine((value) => URL.canParse(value) && new URL(value).hostname.includes("."), {
          params: { key: "website" },
        })
        .optional(),
    ),
    description: optionalText(2000),
    corporateNumber,
    registryCountry: optionalCode(countries),
    registryId: optionalText(50),
  })
  .superRefine((value, ctx) => {
    if (value.registryId && !value.registryCountry) {
      ctx.addIssue({
        code: "custom",
        path: ["registryCountry"],
        params: { key: "registryCountryRequired" },
      });
    }
    if (value.registryCountry && !value.registryId) {
      ctx.addIssue({ code: "custom", path: ["registryId"], params: { key: "required" } });
    }
  });

export type CompanyProfileInput = z.output<typeof companyProfileInput>;
