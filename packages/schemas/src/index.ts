/**
 * @tsunagu/schemas: zod building blocks for input, safe to import in the browser and on the
 * server, so a form validates with the same rules on both sides.
 */
export { findMalformedText, isWellFormedText, text, TEXT_PROBLEM } from "./text";
