/**
 * The data half of the closed_vocabularies migration: free-text places and languages stored
 * before it become codes where they name something known, and are dropped where they do not.
 */
import { cp, readdir, rm } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "./index";
import { adminQuery, createThrowawayDatabase } from "./test-helpers";

const MIGRATION = /_closed_vocabularies$/;

async function migrationsBefore(pattern: RegExp): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "tsunagu-before-"));
  const entries = (await readdir(DEFAULT_MIGRATIONS_DIR)).sort();
  const cut = entries.findIndex((name) => pattern.test(name));
  expect(cut).toBeGreaterThan(0);
  for (const name of entries.filter((entry, i) => i < cut || !/^\d{14}_/.test(entry))) {
    await cp(join(DEFAULT_MIGRATIONS_DIR, name), join(dir, name), { recursive: true });
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

describe("closed_vocabularies migration", () => {
  it("maps stored place names to codes, keeps regions only in Japan, and drops what it does not know", async () => {
    const db = await createThrowawayDatabase();
    const before = await migrationsBefore(MIGRATION);
    try {
      await applyMigrations(db.url, { migrationsDir: before.dir });
      const sql = (text: string, params: unknown[] = []) => adminQuery(text, params, db.url);
      await sql(`
        INSERT INTO users (id, email, kind, updated_at) VALUES
          ('00000000-0000-7000-8000-000000000001', 'a@example.test', 'SEEKER', now()),
          ('00000000-0000-7000-8000-000000000002', 'b@example.test', 'SEEKER', now()),
          ('00000000-0000-7000-8000-000000000003', 'c@example.test', 'EMPLOYER', now()),
          ('00000000-0000-7000-8000-000000000004', 'd@example.test', 'SEEKER', now());
        INSERT INTO seeker_profiles (id, user_id, birth_date, updated_at, residence_country, residence_region, desired_locations) VALUES
          ('00000000-0000-7000-8000-0000000000a1', '00000000-0000-7000-8000-000000000001', '1995-01-01', now(), 'JP', ' tokyo ',
            ARRAY['Osaka', 'Remote', 'Narnia', '東京', 'osaka', 'Call 090-1234-5678', 'Hyōgo']),
          ('00000000-0000-7000-8000-0000000000a2', '00000000-0000-7000-8000-000000000002', '1995-01-01', now(), 'VN', 'Hà Nội',
            ARRAY[]::text[]),
          ('00000000-0000-7000-8000-0000000000a3', '00000000-0000-7000-8000-000000000004', '1995-01-01', now(), 'JP', 'Call 090-1234-5678',
            ARRAY['Narnia']);
        INSERT INTO language_skills (id, profile_id, language, level) VALUES
          (gen_random_uuid(), '00000000-0000-7000-8000-0000000000a1', 'ja', 'JLPT_N2'),
          (gen_random_uuid(), '00000000-0000-7000-8000-0000000000a1', 'fil', 'NATIVE'),
          (gen_random_uuid(), '00000000-0000-7000-8000-0000000000a2', 'xx', 'CEFR_B1');
        INSERT INTO companies (id, slug, name, updated_at) VALUES ('00000000-0000-7000-8000-0000000000c1', 'acme', 'Acme', now());
        INSERT INTO company_members (id, company_id, user_id, role, display_name) VALUES
          ('00000000-0000-7000-8000-0000000000d1', '00000000-0000-7000-8000-0000000000c1', '00000000-0000-7000-8000-000000000003', 'OWNER', 'Owner');
        INSERT INTO saved_searches (id, company_id, member_id, name, updated_at, filters) VALUES
          (gen_random_uuid(), '00000000-0000-7000-8000-0000000000c1', '00000000-0000-7000-8000-0000000000d1', 'Tokyo', now(),
            '{"desiredLocations": ["Tokyo", "Atlantis", "remote"], "languages": ["ja"]}');
      `);
      const eventsBefore = Number((await sql(`SELECT count(*) AS n FROM search_outbox_events`))[0]!.n);

      await applyMigrations(db.url);

      const profiles = await sql(`SELECT residence_region, desired_locations FROM seeker_profiles ORDER BY id`);
      expect(profiles).toEqual([
        { residence_region: "JP-13", desired_locations: ["JP-27", "REMOTE", "JP-13", "JP-28"] },
        { residence_region: null, desired_locations: [] },
        { residence_region: null, desired_locations: [] },
      ]);
      const skills = await sql(`SELECT language FROM language_skills ORDER BY language`);
      expect(skills).toEqual([{ language: "ja" }]);
      const [saved] = await sql(`SELECT filters FROM saved_searches`);
      expect(saved!.filters).toEqual({ desiredLocations: ["JP-13", "REMOTE"], languages: ["ja"] });
      // The changes went through the outbox like any other write (R3).
      const eventsAfter = Number((await sql(`SELECT count(*) AS n FROM search_outbox_events`))[0]!.n);
      expect(eventsAfter).toBeGreaterThan(eventsBefore);
    } finally {
      await before.cleanup();
      await db.drop();
    }
  }, 60_000);
});
