export { SCRUB_MARKER, NO_PERSONAL_TERMS, createScrubber, scrubFreeText, type PersonalTerms, type Scrubber } from "./scrub";
export { fold } from "./fold";
export * from "./resume";
export { decideIndexing, mayCompanySearch, type IndexDecision } from "./visibility";
export {
  ageBandOf,
  jlptRankOf,
  knownLanguageSkillsOf,
  languageKeywordsOf,
  personalTermsOf,
  workAuthorizationOf,
  yearsOfExperienceOf,
  type KnownLanguageSkill,
  type WorkAuthorization,
} from "./derived";
export * from "./projections";
export { isPublicJob, toPublicJobDocument, type JobRecord, type PublicJobDocument } from "./jobs";
export {
  callerExclusionKeys,
  domainAndParents,
  emailDomainOf,
  exclusionKeysOf,
  isDomainBlocked,
  normalizeDomain,
  type ExclusionCaller,
  type ExclusionKey,
} from "./exclusions";
