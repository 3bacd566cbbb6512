import type { ResumeRecord } from "./resume";

/**
 * R10: who a resume is hidden from, as typed keys that both sides of a search agree on. The
 * resume lists the keys of everyone it excludes; a searching member presents the keys that
 * describe them; any key in common hides the resume, inside the search itself (counts and facets
 * too). packages/search stores and sends only keyed hashes of these values, never the values.
 *
 * Each kind of exclusion is one prefix: `company:<uuid>` for a blocked company, `domain:<domain>`
 * for a blocked email domain (F3: members with a confirmed address at a listed domain or its
 * subdomains). The caller presents their company and their confirmed address's domain with
 * every parent domain, so a block of "example.com" also hides from "mail.example.com".
 */
export type ExclusionKey = `company:${string}` | `domain:${string}`;

/** Everyone this resume is hidden from: the companies and email domains the seeker blocked (F3). */
export function exclusionKeysOf(
  resume: Pick<ResumeRecord, "blockedCompanyIds"> & Partial<Pick<ResumeRecord, "blockedDomains">>,
): ExclusionKey[] {
  const keys: ExclusionKey[] = [
    ...resume.blockedCompanyIds.map((id) => companyKey(id)),
    ...(resume.blockedDomains ?? []).map((domain) => domainKey(domain)),
  ];
  return [...new Set(keys)].sort();
}

/** The member searching, as exclusion keys: their company and their confirmed email's domain. */
export interface ExclusionCaller {
  companyId: string;
  /** Domain of the member's confirmed email address; null or absent when there is none. */
  emailDomain?: string | null;
}

export function callerExclusionKeys(caller: ExclusionCaller): ExclusionKey[] {
  return [companyKey(caller.companyId), ...domainAndParents(caller.emailDomain).map((d) => domainKey(d))];
}

/** "a.b.example.com" → ["a.b.example.com", "b.example.com", "example.com", "com"]. */
export function domainAndParents(domain: string | null | undefined): string[] {
  const labels = normalizeDomain(domain ?? "").split(".").filter(Boolean);
  return labels.map((_, i) => labels.slice(i).join("."));
}

/** The part after the last "@" of an address, lower case; null when there is none. */
export function emailDomainOf(email: string | null | undefined): string | null {
  const at = email?.lastIndexOf("@") ?? -1;
  if (!email || at < 0) return null;
  return normalizeDomain(email.slice(at + 1)) || null;
}

/** Does a domain block of this resume cover a viewer at this domain (or a subdomain of one)? */
export function isDomainBlocked(blockedDomains: readonly string[], viewerDomain: string | null | undefined): boolean {
  if (!viewerDomain || blockedDomains.length === 0) return false;
  const blocked = new Set(blockedDomains.map(normalizeDomain));
  return domainAndParents(viewerDomain).some((d) => blocked.has(d));
}

/** Lower case, without surrounding dots or whitespace. */
export function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^\.+|\.+$/g, "");
}

const domainKey = (domain: string): ExclusionKey => `domain:${normalizeDomain(domain)}`;

// Company ids are uuids; lower case so that one company never has two keys.
const companyKey = (id: string): ExclusionKey => `company:${id.toLowerCase()}`;
