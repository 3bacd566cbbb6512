export { UI_LOCALES, defineVocabulary, displayNameVocabulary, optionsOf, type Labels, type UiLocale, type Vocabulary } from "./vocabulary";
export { prefectureCode, prefectures, type PrefectureCode } from "./prefectures";
export { desiredLocationCode, desiredLocations, type DesiredLocationCode } from "./desired-locations";
export { COUNTRY_CODES, countries, countryCode, type CountryCode } from "./countries";
export { LANGUAGE_CODES, languageCode, languages, type LanguageCode } from "./languages";
export { jlptNumberOf, languageLevel, languageLevels, type LanguageLevelCode } from "./language-levels";
export {
  availabilities,
  careerLevels,
  educationLevels,
  employmentTypes,
  genders,
  salaryCurrencies,
  salaryPeriods,
  visaStatuses,
  workAuthorizations,
  type AvailabilityCode,
  type CareerLevelCode,
  type EducationLevelCode,
  type EmploymentTypeCode,
  type GenderCode,
  type SalaryCurrencyCode,
  type SalaryPeriodCode,
  type VisaStatusCode,
  type WorkAuthorizationCode,
} from "./resume-enums";
