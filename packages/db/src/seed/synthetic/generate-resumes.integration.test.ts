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

describe("generateResumes with and without row triggers", () => {
  const adminUrl = () => {
    // The superuser, on this worker's database.
    const url = new URL(process.env.TEST_ADMIN_DATABASE_URL as string);
    url.pathname = new URL(databaseUrl).pathname;
    return url.toString();
  };

  async function outboxEventsPerSeeker(runId: string) {
    return db.$queryRawUnsafe<{ events: number }[]>(
      `SELECT count(e.id)::int AS events
         FROM users u JOIN seeker_profiles p ON p.user_id = u.id
         LEFT JOIN search_outbox_events e ON e.aggregate_kind = 'RESUME' AND e.aggregate_id = p.search_key
        WHERE u.email LIKE $1
        GROUP BY p.id`,
      `synthetic.${runId}.%`,
    );
  }

  it("fires every row trigger for a role that may not skip them", async () => {
    const result = await generateResumes(databaseUrl, { count: 40, batchSize: 20, seed: 7 });
    expect(result.bulk).toBe(false);
    const perSeeker = await outboxEventsPerSeeker(result.runId);
    expect(perSeeker).toHaveLength(40);
    // The profile and each of its parts announced themselves.
    expect(perSeeker.every((s) => s.events > 3)).toBe(true);
  });

  it("in bulk mode writes exactly one outbox event per seeker and still obeys the constraints", async () => {
    const result = await generateResumes(adminUrl(), {
      count: 60,
      batchSize: 25,
      seed: 8,
      triggers: "bulk",
    });
    expect(result.bulk).toBe(true);
    const perSeeker = await outboxEventsPerSeeker(result.runId);
    expect(perSeeker).toHaveLength(60);
    expect(perSeeker.every((s) => s.events === 1)).toBe(true);
    const [orphans] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM work_experiences w LEFT JOIN seeker_profiles p ON p.id = w.profile_id WHERE p.id IS NULL`,
    );
    expect(orphans?.n).toBe(0);
  });
});
