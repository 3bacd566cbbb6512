import { createHmac } from "node:crypto";
import { callerExclusionKeys, exclusionKeysOf, type ExclusionCaller, type ResumeRecord } from "@tsunagu/privacy";
import { quoteFilterValue } from "./filters";
import { searchTokenEnv } from "./token-env";

/**
 * R10 inside the search: a resume document lists keyed tokens of everyone it is hidden from, and
 * every employer search excludes the documents that carry one of the caller's tokens, so hits,
 * totals and facet counts are computed without them. The index never holds a blocked company's
 * id in clear: a token is HMAC-SHA256 of a typed key (`company:<uuid>`, see packages/privacy
 * exclusions.ts) under SEARCH_TOKEN_SECRET, cut to 128 bits. The attribute is filterable but
 * neither searchable nor displayed (settings.ts). The database re-check (R4) stays the guard.
 */
export const EXCLUSION_ATTRIBUTE = "exclusionTokens";

export type ExclusionTokenizer = (key: string) => string;

export function exclusionTokenizer(secret = searchTokenEnv().SEARCH_TOKEN_SECRET): ExclusionTokenizer {
  return (key) => createHmac("sha256", secret).update(key).digest().subarray(0, 16).toString("base64url");
}

/** The tokens a resume's document carries, sorted so equal block lists give equal documents. */
export function exclusionTokensOf(
  resume: Pick<ResumeRecord, "blockedCompanyIds"> & Partial<Pick<ResumeRecord, "blockedDomains">>,
  tokenize = exclusionTokenizer()): string[] {
  return [...new Set(exclusionKeysOf(resume).map(tokenize))].sort();
}

/** The tokens that describe a searching member; a document carrying any of them is not theirs. */
export function callerExclusionTokens(caller: ExclusionCaller, tokenize = exclusionTokenizer()): string[] {
  return callerExclusionKeys(caller).map(tokenize);
}

/**
 * One AND group of a Meilisearch array filter. Measured on 1.21: `NOT attr IN [...]` on an
 * array attribute drops a document when any element is in the list, and keeps documents where
 * the attribute is empty, null or missing.
 */
export function exclusionFilter(tokens: readonly string[]): string[][] {
  if (tokens.length === 0) return [];
  return [[`NOT ${EXCLUSION_ATTRIBUTE} IN [${tokens.map(quoteFilterValue).join(", ")}]`]];
}
