import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCandidateView, toSearchDocument } from "./projections";
import type { ResumeRecord } from "./resume";
import { resumeArb } from "./testing/arbitraries";

const asOf = new Date("2026-11-22T00:00:00Z");
const COMPANIES = ["c-1", "c-2", "c-3"];

type Change =
  | { kind: "visibility"; to: "PRIVATE" | "SEARCHABLE" }
  | { kind: "consent"; granted: boolean }
  | { kind: "block"; companyId: string }
  | { kind: "unblock"; companyId: string }
  | { kind: "restrict"; restricted: boolean }
  | { kind: "status"; to: "ACTIVE" | "SUSPENDED" | "DELETION_PENDING" };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.constantFrom("PRIVATE" as const, "SEARCHABLE" as const).map((to) => ({ kind: "visibility" as const, to })),
  fc.boolean().map((granted) => ({ kind: "consent" as const, granted })),
  fc.constantFrom(...COMPANIES).map((companyId) => ({ kind: "block" as const, companyId })),
  fc.constantFrom(...COMPANIES).map((companyId) => ({ kind: "unblock" as const, companyId })),
  fc.boolean().map((restricted) => ({ kind: "restrict" as const, restricted })),
  fc.constantFrom("ACTIVE" as const, "SUSPENDED" as const, "DELETION_PENDING" as const).map((to) => ({ kind: "status" as const, to })),
);

function apply(resume: ResumeRecord, change: Change): ResumeRecord {
  switch (change.kind) {
    case "visibility":
      return { ...resume, visibility: change.to };
    case "consent":
      return { ...resume, searchableConsentGranted: change.granted };
    case "block":
      return { ...resume, blockedCompanyIds: [...new Set([...resume.blockedCompanyIds, change.companyId])] };
    case "unblock":
      return { ...resume, blockedCompanyIds: resume.blockedCompanyIds.filter((id) => id !== change.companyId) };
    case "restrict":
      return { ...resume, account: { ...resume.account, processingRestricted: change.restricted } };
    case "status":
      return { ...resume, account: { ...resume.account, status: change.to } };
  }
}

describe("R1 over sequences of changes (property)", () => {
  it("the resume is indexable, and findable by a company, exactly when the rules say so", () => {
    fc.assert(
      fc.property(
        resumeArb,
        fc.array(changeArb, { maxLength: 25 }),
        fc.constantFrom("ACTIVE" as const, "SUSPENDED" as const),
        ({ resume: start }, changes, companyStatus) => {
          // The oracle tracks the state by hand, independently of the records being built.
          let searchable = start.visibility === "SEARCHABLE";
          let consent = start.searchableConsentGranted;
          let active = start.account.status === "ACTIVE";
          let restricted = start.account.processingRestricted;
          const blocked = new Set(start.blockedCompanyIds);
          let resume = start;
          for (const change of changes) {
            resume = apply(resume, change);
            if (change.kind === "visibility") searchable = change.to === "SEARCHABLE";
            if (change.kind === "consent") consent = change.granted;
            if (change.kind === "status") active = change.to === "ACTIVE";
            if (change.kind === "restrict") restricted = change.restricted;
            if (change.kind === "block") blocked.add(change.companyId);
            if (change.kind === "unblock") blocked.delete(change.companyId);

            const inIndex = searchable && consent && active && !restricted;
            expect(toSearchDocument(resume, asOf) !== null).toBe(inIndex);
            for (const id of COMPANIES) {
              const visible = inIndex && !blocked.has(id) && companyStatus === "ACTIVE";
              expect(toCandidateView(resume, { id, status: companyStatus }, asOf) !== null).toBe(visible);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
