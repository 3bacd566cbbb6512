import { toSearchDocument, type RedactedResume, type ResumeRecord } from "@tsunagu/privacy";
import { EXCLUSION_ATTRIBUTE, exclusionTokenizer, exclusionTokensOf } from "./exclusions";

/** What the resume index stores: the redacted resume plus its exclusion tokens (R10). */
export type ResumeSearchDocument = RedactedResume & { [EXCLUSION_ATTRIBUTE]: string[] };

/**
 * The one way a resume document is built, by the worker, the reindex and the drift check alike,
 * so they always produce and compare the same documents; null when R1 keeps it out.
 */
export function toResumeSearchDocument(
  resume: ResumeRecord,
  asOf: Date,
  tokenize = exclusionTokenizer(),
): ResumeSearchDocument | null {
  const document = toSearchDocument(resume, asOf);
  return document && { ...document, [EXCLUSION_ATTRIBUTE]: exclusionTokensOf(resume, tokenize) };
}
