import { LANGUAGE_NAMES } from "./data/language-names";
import { LANGUAGE_CODES, type LanguageCode } from "./language-codes";
import { defineVocabulary } from "./vocabulary";

export { LANGUAGE_CODES, type LanguageCode };

/** Languages a seeker speaks, by ISO 639-1 code, with names in the three UI languages as data. */
export const languages = defineVocabulary<LanguageCode>(LANGUAGE_NAMES, "Use a two-letter ISO 639-1 language code");
export const languageCode = languages.schema;
