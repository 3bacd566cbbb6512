import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb, type Db } from "../../client";
import { generateResumes, SYNTHETIC_EMAIL_DOMAIN } from "./generate-resumes";

const databaseUrl = process.env.DATABASE_URL as string;
let db: Db;

beforeAll(() => {
  db = createDb(databaseUrl);
});
afterAll(async () => {
  await db.$disconnect();
});

describe("generateResumes", () => {
  it("writes N complete seekers in batches, mostly searchable with consent", async () => {
    const progress: number[] = [];
    const result = await generateResumes(databaseUrl, {
      count: 450,
      batchSize: 100,
      concurrency: 2,
      seed: 42,
      onProgress: (n) => progress.push(n),
    });

    expect(result.seekers).toBe(450);
    expect(progress.at(-1)).toBe(450);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const mine = {
      email: { startsWith: `synthetic.${result.runId}.`, endsWith: `@${SYNTHETIC_EMAIL_DOMAIN}` },
    };
    expect(await db.user.count({ where: mine })).toBe(450);

    const profiles = await db.seekerProfile.findMany({
      where: { user: mine },
      include: {
        languageSkills: true,
        skills: true,
        user: {
          include: {
            consentEvents: {
              where: { purpose: "SEARCHABLE_PROFILE" },
              orderBy: { occurredAt: "desc" },
              take: 1,
            },
          },
        },
      },
    });
    expect(profiles).toHaveLength(450);
    expect(
      profiles.every((p) => p.headline && p.languageSkills.length > 0 && p.skills.length >= 3),
    ).toBe(true);

    const indexable = profiles.filter(
      (p) =>
        p.visibility === "SEARCHABLE" &&
        p.user.consentEvents[0]?.granted === true &&
        p.user.processingRestrictedAt === null,
    );
    expect(indexable.length / profiles.length).toBeGreaterThan(0.8);
    // The states R1 must keep out of the index are present too.
    expect(
      profiles.some((p) => p.visibility === "PRIVATE" && p.user.consentEvents.length === 0),
    ).toBe(true);
    expect(
      profiles.some(
        (p) => p.visibility === "SEARCHABLE" && p.user.consentEvents[0]?.granted === false,
      ),
    ).toBe(true);

    // Searchable facets have realistic spread, not one value.
    expect(new Set(profiles.map((p) => p.visaStatus)).size).toBeGreaterThan(5);
    expect(
      new Set(
        profiles.flatMap((p) =>
          p.languageSkills.filter((l) => l.language === "ja").map((l) => l.level),
        ),
      ).size,
    ).toBeGreaterThanOrEqual(5);
    expect(new Set(profiles.map((p) => p.careerLevel)).size).toBeGreaterThan(3);
  });

  it("rejects a count that is not a positive whole number", async () => {
    await expect(generateResumes(databaseUrl, { count: 0 })).rejects.toThrow(
      /positive whole number/,
    );
  });
});
