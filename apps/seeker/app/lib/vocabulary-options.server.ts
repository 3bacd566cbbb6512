import {
  countries,
  genders,
  prefectures,
  visaStatuses,
  type UiLocale,
  type Vocabulary,
} from "@tsunagu/vocab";

/**
 * The options of a closed vocabulary in the reader's language, built on the server so the page
 * hydrates with exactly the names it was rendered with (the browser's ICU may name a country
 * differently from Node's).
 */
export function optionsOf<Code extends string>(
  vocabulary: Vocabulary<Code>,
  locale: UiLocale,
  { sorted = false, first = [] as Code[] } = {},
) {
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

/** The choices of the personal section. Japan and Vietnam first: most of our seekers. */
export function personalOptions(locale: UiLocale) {
  const countryOptions = optionsOf(countries, locale, { sorted: true, first: ["JP", "VN"] });
  return {
    countries: countryOptions,
    prefectures: optionsOf(prefectures, locale),
    genders: optionsOf(genders, locale),
    visaStatuses: optionsOf(visaStatuses, locale),
  };
}
