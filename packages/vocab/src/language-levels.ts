import { defineVocabulary, type Labels } from "./vocabulary";

const same = (name: string): Labels => ({ en: name, vi: name, ja: name });

/** Mirrors the Prisma enum LanguageLevel. JLPT certifies Japanese only (a CHECK enforces it). */
const LANGUAGE_LEVEL_LABELS = {
  NATIVE: { en: "Native", vi: "Bản ngữ", ja: "ネイティブ" },
  JLPT_N1: same("JLPT N1"),
  JLPT_N2: same("JLPT N2"),
  JLPT_N3: same("JLPT N3"),
  JLPT_N4: same("JLPT N4"),
  JLPT_N5: same("JLPT N5"),
  CEFR_C2: same("CEFR C2"),
  CEFR_C1: same("CEFR C1"),
  CEFR_B2: same("CEFR B2"),
  CEFR_B1: same("CEFR B1"),
  CEFR_A2: same("CEFR A2"),
  CEFR_A1: same("CEFR A1"),
} as const satisfies Record<string, Labels>;

export type LanguageLevelCode = keyof typeof LANGUAGE_LEVEL_LABELS;

export const languageLevels = defineVocabulary<LanguageLevelCode>(LANGUAGE_LEVEL_LABELS, "Use NATIVE, JLPT_N1 … JLPT_N5 or CEFR_A1 … CEFR_C2");
export const languageLevel = languageLevels.schema;

/** JLPT level as a number (1 = N1, the highest), or null for other levels. */
export function jlptNumberOf(level: LanguageLevelCode): number | null {
  const match = /^JLPT_N([1-5])$/.exec(level);
  return match ? Number(match[1]) : null;
}
