/**
 * R6: deleting a user removes every row that belongs to the person. The table list comes from
 * the migrated database's foreign keys, so a new table that references a person without a
 * deliberate ON DELETE rule fails here.
 */
import { createHash, randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb, type Db } from "../client";
import {
  createApplication,
  createCompany,
  createEmployerMember,
  createInvitation,
  createJob,
  createSeeker,
  grantConsent,
  withdrawConsent,
} from "./index";
import { cascadeClosure, readForeignKeys, type ForeignKey } from "../schema-graph";

/**
 * SET NULL is allowed only where a record that is not the person's own must outlive the link.
 * Each entry says why; a new SET NULL towards a person's rows has to be argued for here.
 */
const SURVIVES_WITH_LINK_CLEARED: Record<string, string> = {
  "data_subject_requests.user_id":
    "proof that a request (deletion included) was handled must outlive the account",
  "invoices.marked_paid_by_user_id":
    "the company's invoice stays when the admin who marked it paid leaves",
  "member_invitations.invited_by_member_id":
    "the company's member invitation stays when the inviting member leaves",
  "jobs.created_by_member_id": "the company's job stays when the member who created it leaves",
  "invitations.sender_member_id": "the company's invitation stays when the sending member leaves",
  "disclosure_ledger_entries.member_id":
    "the seeker's ledger keeps the disclosure when the member leaves",
  "disclosure_ledger_entries.application_id":
    "the ledger keeps the disclosure when an application is removed by retention",
  "disclosure_ledger_entries.invitation_id":
    "the ledger keeps the disclosure when an invitation is removed",
  "seeker_profiles.photo_upload_id": "removing a photo clears the reference, not the resume",
  "companies.logo_upload_id": "removing a logo clears the reference, not the company",
  "recruiting_areas.logo_upload_id": "removing a logo clears the reference, not the area",
};

const key = (fk: ForeignKey) => `${fk.table}.${fk.column}`;
const sha256 = (text: string) => createHash("sha256").update(text).digest();

let db: Db;
let foreignKeys: ForeignKey[];

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  foreignKeys = await readForeignKeys(db);
});
afterAll(async () => {
  await db.$disconnect();
});

describe("foreign keys towards a person's rows", () => {
  it("either cascade or are a justified SET NULL, so nothing can block or outlive a deletion", () => {
    const deleted = cascadeClosure(foreignKeys, "users");
    const offending = foreignKeys
      .filter((fk) => deleted.has(fk.references))
      .filter(
        (fk) =>
          !(
            fk.onDelete === "CASCADE" ||
            (fk.onDelete === "SET NULL" && key(fk) in SURVIVES_WITH_LINK_CLEARED)
          ),
      )
      .map((fk) => `${key(fk)} → ${fk.references} ON DELETE ${fk.onDelete}`);
    expect(offending).toEqual([]);
  });

  it("keeps no stale entry in the SET NULL allowlist", () => {
    const setNull = new Set(foreignKeys.filter((fk) => fk.onDelete === "SET NULL").map(key));
    expect(Object.keys(SURVIVES_WITH_LINK_CLEARED).filter((k) => !setNull.has(k))).toEqual([]);
  });
});

/** Creates a seeker and an employer member with a row in every table that can belong to a person. */
async function buildPeople() {
  const { company } = await createCompany(db, { plan: "pro" });
  const { user: memberUser, member } = await createEmployerMember(db, {
    companyId: company.id,
    role: "OWNER",
  });
  const seeker = await createSeeker(db, {
    searchable: true,
    consents: ["JOB_ALERTS"],
    currentEmployer: { id: company.id, name: company.name },
  });
  const { user, profile } = seeker;
  const job = await createJob(db, { companyId: company.id, createdByMemberId: member.id });

  await createApplication(db, { jobId: job.id, profileId: profile.id });
  await createInvitation(db, {
    companyId: company.id,
    senderMemberId: member.id,
    profileId: profile.id,
    jobId: job.id,
    status: "ACCEPTED",
  });
  await withdrawConsent(db, { userId: user.id, purpose: "JOB_ALERTS" });
  await grantConsent(db, { userId: memberUser.id, purpose: "NEWSLETTER" });
  // Generated resumes may lack these; the fixture must not depend on chance.
  await db.certification.create({ data: { profileId: profile.id, name: "日商簿記2級" } });
  await db.education.create({
    data: { profileId: profile.id, institution: "Đại học FPT", level: "BACHELOR" },
  });
  await db.referee.create({
    data: {
      profileId: profile.id,
      name: "Tanaka Yui",
      relationship: "Former manager",
      consentAttestedAt: new Date(),
    },
  });
  await db.networkingCard.create({
    data: { profileId: profile.id, slug: `card-${randomBytes(4).toString("hex")}`, enabled: true },
  });
  await db.savedJob.create({ data: { profileId: profile.id, jobId: job.id } });
  await db.domainBlock.create({
    data: { profileId: profile.id, domain: "former-employer.example.jp" },
  });
  await db.pendingCompanyBlock.create({ data: { profileId: profile.id, name: "Hoa Sen Trading" } });
  await db.jobAlert.create({
    data: { profileId: profile.id, name: "Tokyo", filters: { location: ["Tokyo"] } },
  });
  await db.savedSearch.create({
    data: { companyId: company.id, memberId: member.id, name: "Java", query: "Java" },
  });
  await db.memberUsageCounter.create({
    data: {
      memberId: member.id,
      companyId: company.id,
      metric: "RESUME_SEARCH",
      periodStart: new Date(),
    },
  });
  await db.memberSearchRun.create({
    data: { memberId: member.id, searchHash: "0".repeat(64), countedAt: new Date() },
  });
  await db.memberInvitation.create({
    data: {
      companyId: company.id,
      email: "new.member@example.test",
      role: "RECRUITER",
      tokenHash: sha256(randomBytes(16).toString("hex")),
      invitedByMemberId: member.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });

  for (const person of [user, memberUser]) {
    const audience = person.kind === "SEEKER" ? "SEEKER" : "EMPLOYER";
    await db.session.create({
      data: {
        id: randomBytes(12).toString("hex"),
        secretHash: sha256("secret"),
        userId: person.id,
        audience,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    await db.oAuthAccount.create({
      data: {
        provider: "GOOGLE",
        providerUserId: randomBytes(8).toString("hex"),
        userId: person.id,
      },
    });
    await db.emailVerificationToken.create({
      data: {
        userId: person.id,
        email: person.email,
        tokenHash: sha256(randomBytes(8).toString("hex")),
        expiresAt: new Date(),
      },
    });
    await db.passwordResetToken.create({
      data: {
        userId: person.id,
        tokenHash: sha256(randomBytes(8).toString("hex")),
        expiresAt: new Date(),
      },
    });
    await db.twoFactorCredential.create({
      data: { userId: person.id, secretEncrypted: randomBytes(44), enabledAt: new Date() },
    });
    await db.recoveryCode.create({
      data: { userId: person.id, codeHash: sha256(randomBytes(8).toString("hex")) },
    });
    await db.emailPreference.create({
      data: { userId: person.id, category: "JOB_ALERTS", enabled: true },
    });
    await db.unsubscribeToken.create({
      data: {
        userId: person.id,
        tokenHash: sha256(randomBytes(8).toString("hex")),
        category: "NEWSLETTER",
      },
    });
    await db.outboundEmail.create({
      data: {
        userId: person.id,
        toAddress: person.email,
        category: "ACCOUNT",
        template: "verify-email",
        payload: {},
      },
    });
    await db.dataSubjectRequest.create({
      data: {
        userId: person.id,
        subjectRef: `ref-${person.id}`,
        kind: "ACCESS",
        dueAt: new Date(Date.now() + 30 * 86_400_000),
      },
    });
  }
  const photo = await db.upload.create({
    data: {
      kind: "PROFILE_PHOTO",
      ownerUserId: user.id,
      storageKey: `photos/${randomBytes(8).toString("hex")}`,
      contentType: "image/jpeg",
      byteSize: 1024,
      sha256: sha256("photo"),
    },
  });
  await db.seekerProfile.update({ where: { id: profile.id }, data: { photoUploadId: photo.id } });
  await db.companyDomainConfirmation.create({
    data: {
      companyId: company.id,
      memberId: member.id,
      email: `owner@${randomBytes(4).toString("hex")}.example.test`,
      tokenHash: sha256(randomBytes(8).toString("hex")),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const admin = await db.user.create({
    data: { email: `admin.${randomBytes(4).toString("hex")}@example.test`, kind: "ADMIN" },
  });
  await db.invoice.updateMany({
    where: { companyId: company.id },
    data: { markedPaidByUserId: admin.id },
  });
  await db.incident.create({
    data: {
      title: "Test incident",
      description: "Affects the seeker",
      severity: "LOW",
      discoveredAt: new Date(),
      authorityDeadlineAt: new Date(Date.now() + 3 * 86_400_000),
      affectedUsers: { create: [{ userId: user.id }] },
    },
  });
  return { company, seeker, memberUser, member, job, admin };
}

/** Ids of every row reachable from the given users through cascading foreign keys. */
async function rowsBelongingTo(
  userIds: string[],
  tables: Set<string>,
): Promise<Map<string, string[]>> {
  const ids = new Map<string, string[]>([["users", userIds]]);
  const hasId = new Set(
    (
      await db.$queryRawUnsafe<{ table_name: string }[]>(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id'",
      )
    ).map((r) => r.table_name),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const fk of foreignKeys) {
      const parentIds = ids.get(fk.references);
      if (fk.onDelete !== "CASCADE" || !parentIds || !tables.has(fk.table) || !hasId.has(fk.table))
        continue;
      const found = (
        await db.$queryRawUnsafe<{ id: string }[]>(
          `SELECT id::text AS id FROM "${fk.table}" WHERE "${fk.column}"::text = ANY($1::text[])`,
          parentIds,
        )
      ).map((r) => r.id);
      const known = new Set(ids.get(fk.table) ?? []);
      const added = found.filter((id) => !known.has(id));
      if (added.length > 0) {
        ids.set(fk.table, [...known, ...added]);
        grew = true;
      }
    }
  }
  return ids;
}

async function countWhere(table: string, column: string, values: string[]): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text = ANY($1::text[])`,
    values,
  );
  return row?.n ?? 0;
}

describe("deleting a user", () => {
  it("removes every row of the person and clears links from records that must survive", async () => {
    const { seeker, memberUser, company, job, admin } = await buildPeople();
    const people = [seeker.user.id, memberUser.id];
    const personTables = cascadeClosure(foreignKeys, "users");
    const before = await rowsBelongingTo(people, personTables);

    // The fixture must reach every table a person's rows live in; a new table needs a row here.
    // A table without an id column (a composite key) is reached when its rows point at reached rows.
    const reachedWithoutId = new Set<string>();
    for (const fk of foreignKeys) {
      const parentIds = before.get(fk.references);
      if (before.has(fk.table) || !parentIds || !personTables.has(fk.table)) continue;
      if ((await countWhere(fk.table, fk.column, parentIds)) > 0) reachedWithoutId.add(fk.table);
    }
    const unreached = [...personTables].filter(
      (table) =>
        !before.has(table) &&
        !reachedWithoutId.has(table) &&
        !foreignKeys.some((fk) => fk.table === table && fk.references === "users"),
    );
    expect(unreached).toEqual([]);
    for (const fk of foreignKeys.filter(
      (f) => f.references === "users" && f.onDelete === "CASCADE",
    )) {
      expect(
        await countWhere(fk.table, fk.column, people),
        `fixture row in ${key(fk)}`,
      ).toBeGreaterThan(0);
    }

    await db.user.deleteMany({ where: { id: { in: people } } });

    for (const [table, ids] of before) {
      expect(await countWhere(table, "id", ids), `rows left in ${table}`).toBe(0);
    }
    for (const fk of foreignKeys.filter((f) => before.has(f.references))) {
      expect(
        await countWhere(fk.table, fk.column, before.get(fk.references) ?? []),
        `${key(fk)} still points at a deleted row`,
      ).toBe(0);
    }

    // What belongs to the company or to the platform is still there, without the person.
    expect(await db.company.count({ where: { id: company.id } })).toBe(1);
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      createdByMemberId: null,
    });
    expect(
      await db.dataSubjectRequest.count({
        where: { subjectRef: { in: people.map((id) => `ref-${id}`) }, userId: null },
      }),
    ).toBe(2);
    expect(await db.user.count({ where: { id: admin.id } })).toBe(1);
  });
});
