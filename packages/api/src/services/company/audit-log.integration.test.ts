import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@tsunagu/db";
import {
  createCompany,
  createEmployerMember,
  createSeeker,
  uniqueSuffix,
} from "@tsunagu/db/testing";
import {
  AUDIT_PAGE_SIZE,
  auditCsv,
  csvCell,
  exportAuditEntries,
  listAuditEntries,
} from "./audit-log";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function companyWithLog() {
  const { company } = await createCompany(db, { plan: "pro", slug: `audit-${uniqueSuffix()}` });
  const alice = await createEmployerMember(db, {
    companyId: company.id,
    displayName: "Alice Recruiter",
  });
  const bob = await createEmployerMember(db, {
    companyId: company.id,
    displayName: "Bob Recruiter",
  });
  const seeker = await createSeeker(db, { searchable: true });
  const entry = (
    memberId: string | null,
    kind: "RESUME_VIEW" | "CONTACT_REVEAL" | "EXPORT" | "APPLICATION_SNAPSHOT",
    occurredAt: Date,
    purpose = "candidate review",
  ) =>
    db.disclosureLedgerEntry.create({
      data: {
        companyId: company.id,
        profileId: seeker.profile.id,
        memberId,
        kind,
        purpose,
        occurredAt,
      },
    });
  return { company, alice: alice.member, bob: bob.member, seeker, entry };
}

describe("the company audit log (F16)", () => {
  it("lists views, reveals and exports newest first, by search key, filtered by member and day", async () => {
    const { company, alice, bob, seeker, entry } = await companyWithLog();
    await entry(alice.id, "RESUME_VIEW", new Date("2026-11-01T03:00:00Z"));
    await entry(bob.id, "CONTACT_REVEAL", new Date("2026-11-02T03:00:00Z"), "invitation accepted");
    await entry(alice.id, "EXPORT", new Date("2026-11-03T03:00:00Z"), "shortlist");
    await entry(bob.id, "APPLICATION_SNAPSHOT", new Date("2026-11-04T03:00:00Z"));

    const all = await listAuditEntries(db, company.id, {});
    expect(all.entries.map((e) => [e.kind, e.memberName, e.purpose])).toEqual([
      ["EXPORT", "Alice Recruiter", "shortlist"],
      ["CONTACT_REVEAL", "Bob Recruiter", "invitation accepted"],
      ["RESUME_VIEW", "Alice Recruiter", "candidate review"],
    ]);
    expect(all.entries.every((e) => e.candidateKey === seeker.profile.searchKey)).toBe(true);
    const text = JSON.stringify(all);
    expect(text).not.toContain(seeker.user.email);
    expect(text).not.toContain(seeker.profile.id);
    expect(all.nextCursor).toBeNull();

    const alices = await listAuditEntries(db, company.id, { memberId: alice.id });
    expect(alices.entries.map((e) => e.kind)).toEqual(["EXPORT", "RESUME_VIEW"]);
    // Days are Japan days: 2026-11-02 03:00 UTC is noon on the 2nd in Tokyo.
    const second = await listAuditEntries(db, company.id, { from: "2026-11-02", to: "2026-11-02" });
    expect(second.entries.map((e) => e.kind)).toEqual(["CONTACT_REVEAL"]);
    const reveals = await listAuditEntries(db, company.id, { kind: "CONTACT_REVEAL" });
    expect(reveals.entries).toHaveLength(1);
  });

  it("never shows another company's entries, whatever member or cursor is asked for", async () => {
    const mine = await companyWithLog();
    const theirs = await companyWithLog();
    const their = await theirs.entry(theirs.alice.id, "RESUME_VIEW", new Date());
    await mine.entry(mine.alice.id, "RESUME_VIEW", new Date());
    const page = await listAuditEntries(db, mine.company.id, {});
    expect(page.entries.map((e) => e.id)).not.toContain(their.id);
    expect(
      (await listAuditEntries(db, mine.company.id, { memberId: theirs.alice.id })).entries,
    ).toEqual([]);
    expect((await listAuditEntries(db, mine.company.id, { cursor: their.id })).entries).toEqual([]);
    expect((await exportAuditEntries(db, mine.company.id, {})).map((e) => e.id)).not.toContain(
      their.id,
    );
  });

  it("pages with a cursor without skipping or repeating entries", async () => {
    const { company, alice, entry } = await companyWithLog();
    const at = new Date("2026-10-01T00:00:00Z");
    // Same timestamp for all: the id breaks the tie.
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) await entry(alice.id, "RESUME_VIEW", at);
    const first = await listAuditEntries(db, company.id, {});
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await listAuditEntries(db, company.id, { cursor: first.nextCursor! });
    expect(second.entries).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.entries, ...second.entries].map((e) => e.id);
    expect(new Set(ids).size).toBe(AUDIT_PAGE_SIZE + 5);
  });

  it("writes RFC 4180 CSV that a spreadsheet cannot run as formulas", async () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+81")).toBe("'+81");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@sum")).toBe("'@sum");
    const { company, alice, entry } = await companyWithLog();
    await entry(alice.id, "RESUME_VIEW", new Date("2026-11-01T03:00:00Z"), "=cmd|' /C calc'!A0");
    await entry(null, "EXPORT", new Date("2026-11-02T03:00:00Z"), "a, b");
    const csv = auditCsv(
      await exportAuditEntries(db, company.id, {}),
      { time: "Time", member: "Member", kind: "Kind", purpose: "Purpose", candidate: "Candidate" },
      { kind: (k) => k.toLowerCase(), formerMember: "Former member" },
    );
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("Time,Member,Kind,Purpose,Candidate");
    expect(lines[1]).toMatch(
      /^2026-11-02T03:00:00.000Z,Former member,export,"a, b",[0-9a-f-]{36}$/,
    );
    expect(lines[2]).toMatch(
      /^2026-11-01T03:00:00.000Z,Alice Recruiter,resume_view,'=cmd\|' \/C calc'!A0,/,
    );
    expect(lines[3]).toBe("");
  });
});
