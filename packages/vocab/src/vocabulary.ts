import { z } from "zod";

/** The languages the product is written in. */
export const UI_LOCALES = ["en", "vi", "ja"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** A term's name in each UI language. */
export type Labels = Readonly<Record<UiLocale, string>>;

/**
 * A closed vocabulary: a fixed list of codes, each with a name in every UI language. Anything
 * that is not one of the codes is unknown, and whoever reads a stored value treats it so.
 */
export interface Vocabulary<Code extends string> {
  /** Every code, in display order. */
  readonly codes: readonly Code[];
  /** Whether a value (from a form, a column, a query string) is one of the codes. */
  has(value: unknown): value is Code;
  label(code: Code, locale: UiLocale): string;
  /** The names in all UI languages, without duplicates (what search indexes for a code). */
  names(code: Code): string[];
  /** Accepts exactly the codes; for input and output schemas. */
  readonly schema: z.ZodEnum<{ [K in Code]: K }>;
}

function distinctNames(labels: Labels): string[] {
  return [...new Set(UI_LOCALES.map((locale) => labels[locale]))];
}

function fromLabelLookup<Code extends string>(
  codes: readonly Code[],
  labelsOf: (code: Code) => Labels,
  message: string,
): Vocabulary<Code> {
  const known = new Set<string>(codes);
  return {
    codes,
    has: (value: unknown): value is Code => typeof value === "string" && known.has(value),
    label: (code, locale) => labelsOf(code)[locale],
    names: (code) => distinctNames(labelsOf(code)),
    schema: z.enum(codes as [Code, ...Code[]], { error: message }) as z.ZodEnum<{ [K in Code]: K }>,
  };
}

/** A vocabulary whose names are data: code → labels, in display order. */
export function defineVocabulary<const Code extends string>(
  entries: Readonly<Record<Code, Labels>>,
  message: string,
): Vocabulary<Code> {
  const codes = Object.keys(entries) as Code[];
  return fromLabelLookup(codes, (code) => entries[code], message);
}

/**
 * A vocabulary of standard codes whose names come from the runtime's CLDR data
 * (`Intl.DisplayNames`, in Node's full ICU and every current browser), looked up on first use.
 * Only for names that are shown, never for names that are stored or indexed: those would change
 * with the runtime's ICU version.
 */
export function displayNameVocabulary<const Code extends string>(
  codes: readonly Code[],
  type: "region" | "language",
  message: string,
): Vocabulary<Code> {
  const formatters = new Map<UiLocale, Intl.DisplayNames>();
  const cache = new Map<Code, Labels>();
  const nameIn = (code: Code, locale: UiLocale) => {
    let formatter = formatters.get(locale);
    if (!formatter) {
      formatter = new Intl.DisplayNames([locale], { type, fallback: "code" });
      formatters.set(locale, formatter);
    }
    return formatter.of(code) ?? code;
  };
  const labelsOf = (code: Code): Labels => {
    let labels = cache.get(code);
    if (!labels) {
      labels = { en: nameIn(code, "en"), vi: nameIn(code, "vi"), ja: nameIn(code, "ja") };
      cache.set(code, labels);
    }
    return labels;
  };
  return fromLabelLookup(codes, labelsOf, message);
}

/**
 * The options of a closed vocabulary in the reader's language, for a select. Built on the
 * server, so the page hydrates with exactly the names it was rendered with (the browser's ICU
 * may name a country differently from Node's). `first` pins codes to the top of a sorted list.
 */
export function optionsOf<Code extends string>(
  vocabulary: Vocabulary<Code>,
  locale: UiLocale,
  { sorted = false, first = [] as Code[] } = {},
): { value: string; label: string }[] {
  const options = vocabulary.codes.map((code) => ({
    value: code as string,
    label: vocabulary.label(code, locale),
  }));
  if (!sorted) return options;
  const collator = new Intl.Collator(locale);
  const pinned = first.flatMap((code) => options.filter((option) => option.value === code));
  const rest = options
    .filter((option) => !first.includes(option.value as Code))
    .sort((a, b) => collator.compare(a.label, b.label));
  return [...pinned, ...rest];
}
