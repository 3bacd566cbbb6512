import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { skillsSection } from "@tsunagu/schemas/resume";
import { buildDocuments } from "@tsunagu/search";
import { afterAll, describe, expect, it } from "vitest";
import { loadOwnResume } from "./own-resume";
import { saveSkillsSection } from "./save-sections";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("the skills and certifications section", () => {
  it("replaces skills and certifications, writes the outbox event, and indexes names but not issuer or number", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    const before = new Date(Date.now() - 1);
    await saveSkillsSection(db, seeker.user.id, {
      skills: [{ name: "Hàn TIG", years: 6 }, { name: "Forklift" }],
      certifications: [
        {
          name: "JIS welding certificate",
          issuer: "Japan Welding Engineering Society",
          issuedOn: "2022-04-01",
          expiresOn: "2025-03-31",
          credentialId: "JWES-778812",
        },
      ],
    });

    const resume = await loadOwnResume(db, seeker.user.id);
    expect(resume.skills).toEqual({
      skills: [
        { name: "Hàn TIG", years: 6 },
        { name: "Forklift", years: null },
      ],
      certifications: [
        {
          name: "JIS welding certificate",
          issuer: "Japan Welding Engineering Society",
          issuedOn: "2022-04-01",
          expiresOn: "2025-03-31",
          credentialId: "JWES-778812",
        },
      ],
    });
    expect(resume.completeness.missing).not.toContain("skills");
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
    ).get(seeker.profile.searchKey) as { skills: string[]; certifications: string[] } | null;
    expect(document?.skills).toEqual(expect.arrayContaining(["Hàn TIG", "Forklift"]));
    expect(document?.certifications).toEqual(["JIS welding certificate"]);
    const text = JSON.stringify(document);
    expect(text).not.toContain("JWES-778812");
    expect(text).not.toContain("Japan Welding Engineering Society");
  });

  it("an emptied section counts as missing", async () => {
    const seeker = await createSeeker(db, { resume: "empty" });
    await saveSkillsSection(db, seeker.user.id, { skills: [{ name: "CAD" }], certifications: [] });
    await saveSkillsSection(db, seeker.user.id, { skills: [], certifications: [] });
    expect((await loadOwnResume(db, seeker.user.id)).completeness.missing).toContain("skills");
  });

  it("refuses a skill twice and a certificate that expires before it was issued", () => {
    const parsed = skillsSection.safeParse({
      skills: [{ name: "CAD" }, { name: "cad" }],
      certifications: [
        { name: "Forklift licence", issuedOn: "2024-05-01", expiresOn: "2023-05-01" },
      ],
    });
    expect(
      parsed.error?.issues.map((issue) => (issue as { params?: { key: string } }).params?.key),
    ).toEqual(["duplicateSkill", "expiresBeforeIssued"]);
  });
});
