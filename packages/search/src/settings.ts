import type { Settings } from "meilisearch";
import type { RedactedResume } from "@tsunagu/privacy";
import { EXCLUSION_ATTRIBUTE } from "./exclusions";
import { RESUME_FILTER_ATTRIBUTES } from "./filters";

/** ISO 639-3 codes Meilisearch uses for the three languages of Tsunagu. */
export const SEARCH_LOCALES = ["eng", "vie", "jpn"];

/** The same term in English, Japanese and the forms seekers and recruiters type. */
const SYNONYMS: Record<string, string[]> = {
  jlpt: ["日本語能力試験", "nihongo noryoku shiken"],
  日本語能力試験: ["jlpt"],
  "specified skilled worker": ["tokutei ginou", "特定技能", "ssw"],
  特定技能: ["specified skilled worker", "tokutei ginou", "ssw"],
  "tokutei ginou": ["特定技能", "specified skilled worker"],
  caregiver: ["介護", "kaigo", "điều dưỡng"],
  介護: ["caregiver", "kaigo", "care worker"],
  kaigo: ["介護", "caregiver"],
  welding: ["溶接", "hàn"],
  溶接: ["welding"],
  engineer: ["エンジニア", "kỹ sư"],
  エンジニア: ["engineer"],
};

/**
 * What a search may return of a resume document: every field of the redacted resume (the type
 * makes a new field a compile error here) and never the exclusion tokens (R10). The documents
 * route ignores this list, which is one more reason an employer-reachable key never has
 * `documents.get`.
 */
const DISPLAYED_RESUME_FIELDS = {
  id: true, headline: true, summary: true, careerLevel: true, educationLevel: true, workAuthorization: true,
  ageBand: true, residenceRegion: true, yearsOfExperience: true, languages: true, languageLevels: true,
  languageKeywords: true, jlptRank: true, skills: true, concepts: true, certifications: true, experience: true, education: true,
  desiredJobTypes: true, desiredLocations: true, desiredLocationNames: true, desiredSalaryMin: true,
  desiredSalaryMax: true, desiredSalaryCurrency: true, desiredSalaryPeriod: true, availability: true, updatedAt: true,
} as const satisfies Record<keyof RedactedResume, true>;

/**
 * Resume index settings, applied before any document (changing filterable attributes
 * re-indexes everything). Searchable attributes are in ranking order.
 */
export const RESUME_INDEX_SETTINGS: Settings = {
  searchableAttributes: [
    "headline",
    "skills",
    // Not localized on purpose: it holds the cross-script forms (see languageKeywordsOf).
    "languageKeywords",
    "experience.title",
    "certifications",
    // Taxonomy labels of the skills, titles and headline in en/vi/ja (see conceptTermsOf): after
    // the seeker's own words, so a literal match ranks above a translated one. Localized to the
    // three languages: unlocalized, a kanji-only term such as 経理 is read as Chinese and a
    // Japanese query never finds it (measured on 1.21); the labels need no synonyms.
    "concepts",
    "summary",
    "experience.description",
    "education.fieldOfStudy",
    // Names of the desired locations in en/vi/ja; the codes themselves are only filtered on.
    "desiredLocationNames",
  ],
  // The exclusion tokens are filterable for the search's own NOT clause (exclusions.ts), and
  // are in no list of filters an employer may name (RESUME_FILTER_ATTRIBUTES).
  filterableAttributes: [...RESUME_FILTER_ATTRIBUTES, "languageLevels", EXCLUSION_ATTRIBUTE],
  sortableAttributes: ["updatedAt", "yearsOfExperience", "jlptRank"],
  localizedAttributes: [
    {
      attributePatterns: [
        "headline",
        "summary",
        "experience.*",
        "education.*",
        "skills",
        "certifications",
        "concepts",
        "desiredLocationNames",
      ],
      locales: SEARCH_LOCALES,
    },
  ],
  synonyms: SYNONYMS,
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    // Levels and codes must match exactly: "N2" is not "N1".
    disableOnAttributes: ["languageLevels"],
  },
  faceting: { maxValuesPerFacet: 50 },
  // Word proximity by attribute (same field or not) instead of by word distance: indexing does
  // far less work (N3), and the relevance set (relevance.integration.test.ts) ranks as before.
  proximityPrecision: "byAttribute",
  // Facet counts are shown, but nobody searches inside facet values; skipping that structure
  // makes indexing cheaper (N3).
  facetSearch: false,
  // Employers page through results; they never get the whole database (anti-scraping).
  pagination: { maxTotalHits: 1000 },
  displayedAttributes: Object.keys(DISPLAYED_RESUME_FIELDS),
};

export const JOB_INDEX_SETTINGS: Settings = {
  searchableAttributes: ["title", "companyName", "description", "location"],
  // requiredJapaneseLevel: the seeker's "my Japanese level" filter (F5). The worker applies these
  // settings at start (ensureIndex); Meilisearch re-indexes the filter itself, documents unchanged.
  filterableAttributes: [
    "employmentType",
    "location",
    "visaSupport",
    "companyId",
    "recruitingAreaId",
    "salaryMin",
    "salaryMax",
    "requiredJapaneseLevel",
    // Job alerts (F8) ask for the jobs published since their last mail.
    "publishedAt",
  ],
  sortableAttributes: ["publishedAt", "salaryMin", "salaryMax"],
  localizedAttributes: [{ attributePatterns: ["title", "description"], locales: SEARCH_LOCALES }],
  synonyms: SYNONYMS,
  pagination: { maxTotalHits: 1000 },
};
