import { languageCode, languageLevel } from "@tsunagu/vocab";
import { z } from "zod";

/**
 * F2, the languages section: each language the seeker speaks (ISO 639-1) with one level —
 * native, JLPT N1–N5 (Japanese only) or CEFR A1–C2. Searchable (R2): employers filter on it.
 */
export const languagesSection = z
  .object({
    languages: z.array(z.object({ language: languageCode, level: languageLevel })).max(20).default([]),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.languages.forEach((entry, index) => {
      if (entry.level.startsWith("JLPT_") && entry.language !== "ja") {
        ctx.addIssue({ code: "custom", path: ["languages", index, "level"], message: "JLPT levels are for Japanese", params: { key: "jlptOnlyJapanese" } });
      }
      if (seen.has(entry.language)) {
        ctx.addIssue({ code: "custom", path: ["languages", index, "language"], message: "This language is listed twice", params: { key: "duplicateLanguage" } });
      }
      seen.add(entry.language);
    });
  });

export type LanguagesSection = z.output<typeof languagesSection>;
