import {
  countries,
  genders,
  prefectures,
  visaStatuses,
  optionsOf,
  type UiLocale,
} from "@tsunagu/vocab";

/** The options of a closed vocabulary in the reader's language (built on the server). */
export { optionsOf };

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
