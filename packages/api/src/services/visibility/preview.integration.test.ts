import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { loadResumesBySearchKey, toResumeSearchDocument } from "@tsunagu/search";
import { loadEmployerPreview } from "./preview";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("loadEmployerPreview (F4)", () => {
  it("is the search document the indexer writes, without the search-only fields", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    const now = new Date();
    const { visibility, candidate } = await loadEmployerPreview(db, seeker.user.id, now);
    const resume = (await loadResumesBySearchKey(db, [seeker.profile.searchKey])).get(
      seeker.profile.searchKey,
    )!;
    const indexed = toResumeSearchDocument(resume, now)!;
    expect(visibility).toBe("SEARCHABLE");
    for (const [key, value] of Object.entries(candidate))
      expect(indexed[key as keyof typeof indexed]).toEqual(value);
  });

  it("shows a private resume as it would be shown, with no personal field", async () => {
    // Values no vocabulary or generated text could hold: a random name such as "Việt" or a
    // station such as "Kyoto" also appears in language names and "open to positions in Kyoto".
    const seeker = await createSeeker(db, {
      profile: {
        firstName: "Zyxwenna",
        lastName: "Qorvathy",
        nearestStation: "Hoshimachi-Kitaguchi",
        phone: "+81 90-4821-7395",
      },
    });
    const { visibility, candidate } = await loadEmployerPreview(db, seeker.user.id);
    expect(visibility).toBe("PRIVATE");
    expect(candidate.id).toBe(seeker.profile.searchKey);
    const text = JSON.stringify(candidate);
    const p = seeker.profile;
    for (const value of [p.firstName, p.lastName, p.phone, p.nearestStation, seeker.user.email]) {
      if (value && value.length > 2) expect(text).not.toContain(value);
    }
    for (const key of [
      "firstName",
      "lastName",
      "birthDate",
      "gender",
      "nationality",
      "email",
      "phone",
      "workExperiences",
    ]) {
      expect(candidate).not.toHaveProperty(key);
    }
  });

  it("works for a resume just after sign-up, with no preferences stored yet", async () => {
    const seeker = await createSeeker(db, { resume: "empty", searchable: true });
    const { candidate } = await loadEmployerPreview(db, seeker.user.id);
    expect(candidate.desiredLocations).toEqual([]);
    expect(candidate.desiredJobTypes).toEqual([]);
    const resume = (await loadResumesBySearchKey(db, [seeker.profile.searchKey])).get(
      seeker.profile.searchKey,
    )!;
    expect(toResumeSearchDocument(resume, new Date())).toMatchObject({
      id: seeker.profile.searchKey,
    });
  });
});
