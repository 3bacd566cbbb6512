import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { cascadeClosure, createDb, readForeignKeys } from "@tsunagu/db";
import {
  createApplication,
  createCompany,
  createEmployerMember,
  createInvitation,
  createJob,
  createSeeker,
} from "@tsunagu/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { setRestriction } from "./consents";
import { personalDataExport, WITHHELD_COLUMNS } from "./export";
import { jsonResume } from "./json-resume";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

// @jsonresume/schema is CommonJS with a callback.
const { validate } = createRequire(import.meta.url)("@jsonresume/schema") as {
  validate: (resume: unknown, done: (errors: unknown, valid: boolean) => void) => void;
};

async function download(userId: string) {
  let text = "";
  let chunks = 0;
  for await (const chunk of personalDataExport(db, userId)) {
    text += chunk;
    chunks += 1;
  }
  return {
    document: JSON.parse(text) as { tables: Record<string, Record<string, unknown>[]> },
    text,
    chunks,
  };
}

/** A seeker with something in most of the tables that hold a person. */
async function livedInSeeker() {
  const seeker = await createSeeker(db, {
    searchable: true,
    consents: ["NEWSLETTER"],
    resume: "full",
  });
  const { company } = await createCompany(db, { plan: "pro" });
  const { member } = await createEmployerMember(db, { companyId: company.id });
  const job = await createJob(db, { companyId: company.id, createdByMemberId: member.id });
  await createApplication(db, { jobId: job.id, profileId: seeker.profile.id });
  await createInvitation(db, {
    companyId: company.id,
    senderMemberId: member.id,
    profileId: seeker.profile.id,
    jobId: job.id,
  });
  await db.session.create({
    data: {
      id: randomBytes(12).toString("hex"),
      secretHash: randomBytes(32),
      userId: seeker.user.id,
      audience: "SEEKER",
      expiresAt: new Date(Date.now() + 86_400_000),
      userAgent: "Firefox on Linux",
      ipHash: randomBytes(32),
    },
  });
  await db.networkingCard.create({
    data: {
      profileId: seeker.profile.id,
      slug: `card-${randomBytes(8).toString("hex")}`,
      enabled: true,
    },
  });
  await setRestriction(db, seeker.user.id, true);
  return seeker;
}

describe("download my data (F7)", () => {
  it("holds every table an account deletion reaches, read from the live foreign keys, and the requests and audit trail", async () => {
    const seeker = await livedInSeeker();
    const { document } = await download(seeker.user.id);
    const personTables = cascadeClosure(await readForeignKeys(db), "users");
    expect([...personTables].filter((table) => !(table in document.tables))).toEqual([]);
    expect(document.tables).toHaveProperty("data_subject_requests");
    expect(document.tables.audit_events!.map((e) => e.action)).toContain("privacy.restrict");
    const t = document.tables;
    expect(t.users).toHaveLength(1);
    expect(t.users![0]).toMatchObject({ id: seeker.user.id, email: seeker.user.email });
    expect(t.seeker_profiles![0]).toMatchObject({
      id: seeker.profile.id,
      headline: seeker.profile.headline,
    });
    expect(t.work_experiences).toHaveLength(seeker.resume.workExperiences.length);
    expect(t.skills).toHaveLength(seeker.resume.skills.length);
    expect(t.applications).toHaveLength(1);
    expect(t.invitations).toHaveLength(1);
    expect(t.networking_cards).toHaveLength(1);
    expect(t.consent_events!.map((e) => e.purpose)).toEqual(
      expect.arrayContaining(["SEARCHABLE_PROFILE", "NEWSLETTER"]),
    );
    expect(t.disclosure_ledger_entries!.map((e) => e.kind)).toContain("APPLICATION_SNAPSHOT");
    expect(t.sessions).toEqual([
      expect.objectContaining({ user_agent: "Firefox on Linux", audience: "SEEKER" }),
    ]);
  });

  it("leaves out the secrets that would let a holder of the file act as the person, and nothing else of theirs", async () => {
    const seeker = await livedInSeeker();
    const { document } = await download(seeker.user.id);
    for (const [table, columns] of Object.entries(WITHHELD_COLUMNS)) {
      for (const row of document.tables[table] ?? [])
        for (const column of columns) expect(row).not.toHaveProperty(column);
    }
    expect(document.tables.sessions![0]).not.toHaveProperty("secret_hash");
    // Every withheld column exists: a rename would otherwise put a secret back into the file.
    const existing = await db.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const known = new Set(existing.map((c) => `${c.table_name}.${c.column_name}`));
    const missing = Object.entries(WITHHELD_COLUMNS).flatMap(([table, columns]) =>
      columns.map((column) => `${table}.${column}`).filter((name) => !known.has(name)),
    );
    expect(missing).toEqual([]);
  });

  it("holds only the person's own rows, and is written in pieces rather than one string", async () => {
    const [seeker, other] = await Promise.all([livedInSeeker(), livedInSeeker()]);
    const { text, chunks } = await download(seeker.user.id);
    expect(text).not.toContain(other.user.id);
    expect(text).not.toContain(other.profile.id);
    expect(text).not.toContain(other.user.email);
    expect(chunks).toBeGreaterThan(40);
  });

  it("gives a JSON Resume that validates against the official schema, without referees' contact details", async () => {
    const seeker = await createSeeker(db, { resume: "full", locale: "vi" });
    const resume = await jsonResume(db, seeker.user.id, "vi");
    const outcome = await new Promise<{ errors: unknown; valid: boolean }>((resolve) =>
      validate(resume, (errors, valid) => resolve({ errors, valid })),
    );
    expect(outcome).toEqual({ errors: null, valid: true });
    expect(resume.basics.email).toBe(seeker.user.email);
    expect(resume.work).toHaveLength(seeker.resume.workExperiences.length);
    for (const referee of seeker.resume.referees) {
      if (referee.email) expect(JSON.stringify(resume)).not.toContain(referee.email);
    }
  });
});
