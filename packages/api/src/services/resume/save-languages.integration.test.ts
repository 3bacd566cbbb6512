import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { languagesSection } from "@tsunagu/schemas/resume";
import { buildDocuments } from "@tsunagu/search";
import { afterAll, describe, expect, it } from "vitest";
import { loadOwnResume } from "./own-resume";
import { saveLanguagesSection } from "./save-sections";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("the languages section", () => {
  it("replaces the languages, writes the outbox event and reaches the search source", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    const before = new Date(Date.now() - 1);
    await saveLanguagesSection(db, seeker.user.id, {
      languages: [
        { language: "vi", level: "NATIVE" },
        { language: "en", level: "CEFR_B1" },
      ],
    });
    await saveLanguagesSection(db, seeker.user.id, {
      languages: [
        { language: "ja", level: "JLPT_N2" },
        { language: "vi", level: "NATIVE" },
      ],
    });

    const resume = await loadOwnResume(db, seeker.user.id);
    expect(resume.languages).toEqual([
      { language: "ja", level: "JLPT_N2" },
      { language: "vi", level: "NATIVE" },
    ]);
    expect(resume.completeness.missing).not.toContain("languages");
    const events = await db.searchOutboxEvent.findMany({
      where: {
        aggregateKind: "RESUME",
        aggregateId: seeker.profile.searchKey,
        createdAt: { gte: before },
      },
    });
    expect(events.length).toBeGreaterThan(0);

    // The search document is rebuilt from the new languages: the codes are filterable.
    const documents = await buildDocuments(db, "RESUME", [seeker.profile.searchKey], new Date());
    const document = documents.get(seeker.profile.searchKey) as {
      languages: string[];
      languageLevels: string[];
    } | null;
    expect(document?.languages).toEqual(["ja", "vi"]);
    expect(document?.languageLevels).toEqual(["ja:JLPT_N2", "vi:NATIVE"]);
  });

  it("empties the section, which the meter then lists as missing", async () => {
    const seeker = await createSeeker(db, { resume: "empty" });
    await saveLanguagesSection(db, seeker.user.id, {
      languages: [{ language: "ja", level: "JLPT_N3" }],
    });
    await saveLanguagesSection(db, seeker.user.id, { languages: [] });
    const resume = await loadOwnResume(db, seeker.user.id);
    expect(resume.languages).toEqual([]);
    expect(resume.completeness.missing).toContain("languages");
  });

  it("refuses a JLPT level for a language other than Japanese, and a language twice", () => {
    const jlptForVietnamese = languagesSection.safeParse({
      languages: [{ language: "vi", level: "JLPT_N1" }],
    });
    expect(jlptForVietnamese.error?.issues[0]).toMatchObject({
      path: ["languages", 0, "level"],
      params: { key: "jlptOnlyJapanese" },
    });
    const twice = languagesSection.safeParse({
      languages: [
        { language: "ja", level: "JLPT_N1" },
        { language: "ja", level: "NATIVE" },
      ],
    });
    expect(twice.error?.issues[0]).toMatchObject({
      path: ["languages", 1, "language"],
      params: { key: "duplicateLanguage" },
    });
  });
});
