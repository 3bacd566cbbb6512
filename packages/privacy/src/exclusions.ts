import type { ResumeRecord } from "./resume";

/**
 * R10: who a resume is hidden from, as typed keys that both sides of a search agree on. The
 * resume lists the keys of everyone it excludes; a searching member presents the keys that
 * describe them; any key in common hides the resume, inside the search itself (counts and facets
 * too). packages/search stores and sends only keyed hashes of these values, never the values.
 *
 * Each kind of exclusion is one prefix. Blocks by email domain (F3: members with a confirmed
 * address at a listed domain or its subdomains) will add `domain:<domain>` keys to the resume and
 * the caller's domain and its parent domains to `callerExclusionKeys`.
 */
export type ExclusionKey = `company:${string}`;

/** Everyone this resume is hidden from: today the companies the seeker blocked (F3). */
export function exclusionKeysOf(resume: Pick<ResumeRecord, "blockedCompanyIds">): ExclusionKey[] {
  return [...new Set(resume.blockedCompanyIds.map((id) => companyKey(id)))].sort();
}

/** The member searching, as exclusion keys: their company. */
export interface ExclusionCaller {
  companyId: string;
}

export function callerExclusionKeys(caller: ExclusionCaller): ExclusionKey[] {
  return [companyKey(caller.companyId)];
}

// Company ids are uuids; lower case so that one company never has two keys.
const companyKey = (id: string): ExclusionKey => `company:${id.toLowerCase()}`;
