import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { refereesSection } from "@tsunagu/schemas/resume";
import { buildDocuments } from "@tsunagu/search";
import { afterAll, describe, expect, it } from "vitest";
import { loadOwnResume } from "./own-resume";
import { saveRefereesSection } from "./save-sections";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const SATO = {
  name: "Satō Kenji",
  relationship: "Former foreman",
  organisation: "Yokohama Marine Works",
  email: "K.Sato@yokohama-marine.example",
  phone: "090-1234-5678",
  consentAttested: "on",
};

describe("the referees section", () => {
  it("keeps a referee with the attestation's time, the phone in E.164, and never in the search document", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    const attestedAt = new Date("2026-11-30T01:02:03.000Z");
    const before = new Date(Date.now() - 1);
    await saveRefereesSection(
      db,
      seeker.user.id,
      refereesSection.parse({ referees: [SATO] }),
      attestedAt,
    );

    const resume = await loadOwnResume(db, seeker.user.id);
    expect(resume.referees).toEqual([
      {
        name: "Satō Kenji",
        relationship: "Former foreman",
        organisation: "Yokohama Marine Works",
        email: "k.sato@yokohama-marine.example",
        phone: "+819012345678",
        consentAttestedAt: attestedAt,
      },
    ]);
    // The rows' trigger re-scrubs the resume's free text, which may name a referee (R3).
    const events = await db.searchOutboxEvent.findMany({
      where: {
        aggregateKind: "RESUME",
        aggregateId: seeker.profile.searchKey,
        createdAt: { gte: before },
      },
    });
    expect(events.length).toBeGreaterThan(0);
    const document = (
      await buildDocuments(db, "RESUME", [seeker.profile.searchKey], new Date())
    ).get(seeker.profile.searchKey);
    const text = JSON.stringify(document ?? {});
    for (const part of [
      "Satō",
      "Kenji",
      "Former foreman",
      "Yokohama Marine",
      "yokohama-marine",
      "+819012345678",
      "090",
    ]) {
      expect(text).not.toContain(part);
    }
  }, 60_000);

  it("saving the same referee again keeps the first attestation's time; a new referee gets the time of its save", async () => {
    const seeker = await createSeeker(db);
    const first = new Date("2026-11-01T00:00:00.000Z");
    const later = new Date("2026-12-01T00:00:00.000Z");
    await saveRefereesSection(
      db,
      seeker.user.id,
      refereesSection.parse({ referees: [SATO] }),
      first,
    );
    await saveRefereesSection(
      db,
      seeker.user.id,
      refereesSection.parse({
        referees: [
          SATO,
          { name: "Nguyễn Thị Mai", relationship: "Teacher", consentAttested: "on" },
        ],
      }),
      later,
    );
    const referees = (await loadOwnResume(db, seeker.user.id)).referees;
    expect(
      referees.map((referee) => [referee.name, referee.consentAttestedAt.toISOString()]),
    ).toEqual([
      ["Satō Kenji", first.toISOString()],
      ["Nguyễn Thị Mai", later.toISOString()],
    ]);
  });

  it("refuses a referee without the attestation (an unticked box posts nothing), a bad email and a bad phone", () => {
    const keys = (referee: Record<string, unknown>) =>
      refereesSection
        .safeParse({ referees: [referee] })
        .error?.issues.map(
          (issue) => (issue as { params?: { key: string } }).params?.key ?? issue.code,
        );
    const { consentAttested: _ticked, ...unticked } = SATO;
    expect(keys(unticked)).toEqual(["refereeConsentRequired"]);
    expect(keys({ ...SATO, consentAttested: false })).toEqual(["refereeConsentRequired"]);
    expect(keys({ ...SATO, email: "not an email" })).toEqual(["invalid_format"]);
    expect(keys({ ...SATO, phone: "12" })).toEqual(["phone"]);
  });
});
