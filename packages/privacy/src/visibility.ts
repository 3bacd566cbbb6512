import { isDomainBlocked } from "./exclusions";
import type { ResumeRecord, ViewingCompany } from "./resume";

export type IndexDecision =
  | { indexable: true }
  | { indexable: false; reason: "PRIVATE" | "ACCOUNT_INACTIVE" | "PROCESSING_RESTRICTED" | "NO_CONSENT" };

/**
 * R1: a resume belongs in the search index only while it is SEARCHABLE, the account is active
 * and not restricted, and the searchable-profile consent is granted.
 */
export function decideIndexing(
  resume: Pick<ResumeRecord, "visibility" | "account" | "searchableConsentGranted">,
): IndexDecision {
  if (resume.account.status !== "ACTIVE") return { indexable: false, reason: "ACCOUNT_INACTIVE" };
  if (resume.account.processingRestricted) return { indexable: false, reason: "PROCESSING_RESTRICTED" };
  if (resume.visibility !== "SEARCHABLE") return { indexable: false, reason: "PRIVATE" };
  if (!resume.searchableConsentGranted) return { indexable: false, reason: "NO_CONSENT" };
  return { indexable: true };
}

/**
 * R1 + F3 + company suspension: may this company find and open the redacted resume? Used to
 * re-check every search hit and candidate view against the database (R4).
 */
export function mayCompanySearch(
  resume: Pick<ResumeRecord, "visibility" | "account" | "searchableConsentGranted" | "blockedCompanyIds" | "blockedDomains">,
  company: ViewingCompany,
): boolean {
  if (company.status !== "ACTIVE") return false;
  if (resume.blockedCompanyIds.includes(company.id)) return false;
  if (isDomainBlocked(resume.blockedDomains, company.viewerEmailDomain)) return false;
  return decideIndexing(resume).indexable;
}
