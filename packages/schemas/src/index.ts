/**
 * @tsunagu/schemas: zod schemas for input, safe to import in the browser and on the server, so
 * a form validates with the same rules on both sides. Domain schemas live in subpaths
 * (`@tsunagu/schemas/resume`); this entry holds the building blocks.
 */
export { findMalformedText, isWellFormedText, text, TEXT_PROBLEM } from "./text";
export {
  checkbox,
  isoDay,
  isoMonth,
  optionalCode,
  optionalDay,
  optionalInt,
  optionalMonth,
  optionalText,
  requiredCode,
  requiredText,
} from "./fields";
export { formatPhone, phoneInput, toE164 } from "./phone";
