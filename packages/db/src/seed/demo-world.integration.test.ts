import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb, type Db } from "../client";
import { DEMO_EMAIL_DOMAIN, DEMO_GUIDE_ACCOUNTS, seedDemoWorld } from "./demo-world";

const databaseUrl = process.env.DATABASE_URL as string;
let db: Db;

beforeAll(() => {
  db = createDb(databaseUrl);
});
afterAll(async () => {
  await db.$disconnect();
});

const demoUsers = { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } };

async function snapshotCounts() {
  return {
    users: await db.user.count({ where: demoUsers }),
    companies: await db.company.count(),
    jobs: await db.job.count(),
    applications: await db.application.count(),
    invitations: await db.invitation.count(),
    consentEvents: await db.consentEvent.count({ where: { user: demoUsers } }),
  };
}

describe("seedDemoWorld", () => {
  it("seeds once, even when started twice at the same moment, and is a no-op afterwards", async () => {
    const results = await Promise.all([seedDemoWorld(databaseUrl), seedDemoWorld(databaseUrl)]);
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    const afterFirst = await snapshotCounts();
    await expect(seedDemoWorld(databaseUrl)).resolves.toEqual({ seeded: false });
    expect(await snapshotCounts()).toEqual(afterFirst);
  });

  it("has seekers writing in English, Vietnamese and Japanese, with known demo logins", async () => {
    const seekers = await db.user.findMany({
      where: { ...demoUsers, kind: "SEEKER" },
      include: { seekerProfile: true },
    });
    expect(seekers).toHaveLength(30);
    expect(new Set(seekers.map((s) => s.locale))).toEqual(new Set(["EN", "VI", "JA"]));
    expect(seekers.map((s) => s.email)).toContain(`seeker1@${DEMO_EMAIL_DOMAIN}`);
    const headlines = seekers.map((s) => s.seekerProfile?.headline ?? "");
    expect(headlines.some((h) => /năm kinh nghiệm|Mới tốt nghiệp/.test(h))).toBe(true);
    expect(headlines.some((h) => /[\u3040-\u30ff\u4e00-\u9faf]/.test(h))).toBe(true);
    // The world itself sets no password; locally, @tsunagu/auth/demo adds the demo password.
    expect(seekers.every((s) => s.passwordHash === null)).toBe(true);
  });

  it("introduces a newcomer through a seeker with a complete searchable resume and a paying owner", async () => {
    const seeker = await db.user.findUniqueOrThrow({
      where: { email: DEMO_GUIDE_ACCOUNTS.seeker },
      include: {
        consentEvents: {
          where: { purpose: "SEARCHABLE_PROFILE" },
          orderBy: { occurredAt: "desc" },
          take: 1,
        },
        seekerProfile: {
          include: {
            _count: {
              select: {
                workExperiences: true,
                educations: true,
                languageSkills: true,
                skills: true,
                certifications: true,
                referees: true,
              },
            },
          },
        },
      },
    });
    expect(seeker).toMatchObject({
      kind: "SEEKER",
      status: "ACTIVE",
      processingRestrictedAt: null,
    });
    expect(seeker.consentEvents[0]?.granted).toBe(true);
    expect(seeker.seekerProfile?.visibility).toBe("SEARCHABLE");
    expect(seeker.seekerProfile?.headline).toBeTruthy();
    const sections = Object.entries(seeker.seekerProfile?._count ?? {});
    expect(sections.filter(([, count]) => count === 0)).toEqual([]);

    const owner = await db.companyMember.findFirstOrThrow({
      where: { user: { email: DEMO_GUIDE_ACCOUNTS.employerOwner } },
      include: { company: { include: { subscription: { include: { plan: true } } } } },
    });
    expect(owner.role).toBe("OWNER");
    expect(owner.company.status).toBe("ACTIVE");
    expect(owner.company.subscription).toMatchObject({ status: "ACTIVE", plan: { code: "pro" } });
  });

  it("mixes private and searchable resumes, with consent matching for most", async () => {
    const profiles = await db.seekerProfile.findMany({
      where: { user: demoUsers },
      include: {
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
    const searchable = profiles.filter((p) => p.visibility === "SEARCHABLE");
    expect(searchable.length).toBeGreaterThan(15);
    expect(profiles.length - searchable.length).toBeGreaterThan(3);
    const consented = searchable.filter((p) => p.user.consentEvents[0]?.granted === true);
    // One seeker withdrew the consent while the switch still says SEARCHABLE (an R1 edge case).
    expect(searchable.length - consented.length).toBe(1);
  });

  it("has companies on each plan, with owners, recruiters, jobs and a private area", async () => {
    const companies = await db.company.findMany({
      include: {
        subscription: { include: { plan: true } },
        members: true,
        jobs: true,
        recruitingAreas: true,
      },
      where: { members: { some: { user: demoUsers } } },
    });
    expect(new Set(companies.map((c) => c.subscription?.plan.code))).toEqual(
      new Set(["free", "standard", "pro"]),
    );
    expect(companies.every((c) => c.members.some((m) => m.role === "OWNER"))).toBe(true);
    expect(companies.some((c) => c.members.some((m) => m.role === "RECRUITER"))).toBe(true);
    expect(
      companies.flatMap((c) => c.jobs).filter((j) => j.status === "OPEN").length,
    ).toBeGreaterThan(8);
    const areas = companies.flatMap((c) => c.recruitingAreas);
    expect(areas.length).toBeGreaterThan(0);
    expect(
      await db.job.count({ where: { areaId: { in: areas.map((a) => a.id) } } }),
    ).toBeGreaterThan(0);
  });

  it("has applications with resume snapshots and invitations in every state", async () => {
    const applications = await db.application.findMany({ where: { profile: { user: demoUsers } } });
    expect(applications.length).toBeGreaterThan(15);
    for (const application of applications) {
      expect(application.resumeSnapshot).toMatchObject({
        contact: { email: expect.stringContaining("@") },
        takenAt: expect.any(String),
        referees: [],
      });
    }
    const statuses = await db.invitation.groupBy({
      by: ["status"],
      where: { profile: { user: demoUsers } },
      _count: true,
    });
    expect(new Set(statuses.map((s) => s.status))).toEqual(
      new Set(["SENT", "ACCEPTED", "DECLINED", "REPORTED", "EXPIRED"]),
    );
    // Every accepted invitation revealed contact details, and the ledger says so (R5).
    const accepted = await db.invitation.findMany({
      where: { status: "ACCEPTED", profile: { user: demoUsers } },
      include: { disclosures: true },
    });
    expect(accepted.every((i) => i.disclosures.some((d) => d.kind === "CONTACT_REVEAL"))).toBe(
      true,
    );
  });

  it("gives the demo seeker a few open invitations to answer", async () => {
    const open = await db.invitation.findMany({
      where: {
        status: "SENT",
        expiresAt: { gt: new Date() },
        profile: { user: { email: `seeker1@${DEMO_EMAIL_DOMAIN}` } },
      },
      select: { companyId: true },
    });
    expect(open.length).toBeGreaterThanOrEqual(3);
    expect(new Set(open.map((i) => i.companyId)).size).toBeGreaterThan(1);
  });
});
