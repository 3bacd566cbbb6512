export { SCRUB_MARKER, NO_PERSONAL_TERMS, scrubFreeText, type PersonalTerms } from "./scrub";
export { fold } from "./fold";
