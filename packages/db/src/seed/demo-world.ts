/**
 * The demo world `pnpm dev` starts with: seekers writing in English, Vietnamese and Japanese,
 * companies on each plan, jobs, applications, invitations, a private recruiting area, consents,
 * and a few admin cases. Built with the test factories so demo data obeys the same rules.
 */
import type { Faker } from "@faker-js/faker";

import { createDb, type Db } from "../client";
import { newCardSlug } from "../networking-card";
import type {
  ApplicationStatus,
  ConsentPurpose,
  InvitationStatus,
} from "../generated/prisma/enums";
import {
  createApplication,
  createCompany,
  createEmployerMember,
  createFaker,
  createInvitation,
  createJob,
  createRecruitingArea,
  createSeeker,
  grantConsent,
  recordEeoResponse,
  withdrawConsent,
  type CreatedSeeker,
  type DbClient,
  type ResumeLocale,
} from "../testing/index";
import type { PlanCode } from "./plans";

/** Every demo account's address ends with this; nothing is ever sent there. */
export const DEMO_EMAIL_DOMAIN = "demo.tsunagu.test";
/** The first demo company; its presence means the world has been seeded. */
export const DEMO_MARKER_COMPANY_SLUG = "sakura-systems";
/** Fixed seed: every fresh machine gets the same people. */
const DEMO_SEED = 20_261_122;
/** Serialises concurrent seeders (two `pnpm dev` at once) on the same database. */
const SEED_LOCK_KEY = 7_310_225_001;
const SEEKER_COUNT = 30;

interface DemoCompanySpec {
  slug: string;
  name: string;
  plan: PlanCode;
  unpaid?: boolean;
  /** Local part prefix of member emails: owner.<key>@…, recruiter.<key>@… */
  key: string;
  recruiters: number;
  area?: { slug: string; name: string; eeoEnabled: boolean };
  jobs: {
    occupation: string;
    locale: ResumeLocale;
    inArea?: boolean;
    status?: "DRAFT" | "CLOSED";
  }[];
}

const COMPANIES: readonly DemoCompanySpec[] = [
  {
    slug: DEMO_MARKER_COMPANY_SLUG,
    name: "Sakura Systems KK",
    plan: "pro",
    key: "sakura",
    recruiters: 2,
    area: { slug: "sakura-careers", name: "Sakura Systems Careers", eeoEnabled: false },
    jobs: [
      { occupation: "software-engineer", locale: "en" },
      { occupation: "bridge-se", locale: "ja" },
      { occupation: "qa-engineer", locale: "en" },
      { occupation: "data-analyst", locale: "en", status: "DRAFT" },
      { occupation: "software-engineer", locale: "ja", inArea: true },
    ],
  },
  {
    slug: "hikari-care",
    name: "Hikari Care Co., Ltd.",
    plan: "standard",
    key: "hikari",
    recruiters: 1,
    jobs: [
      { occupation: "care-worker", locale: "ja" },
      { occupation: "care-worker", locale: "vi" },
      { occupation: "care-worker", locale: "en", status: "CLOSED" },
    ],
  },
  {
    slug: "minato-logistics",
    name: "Minato Logistics",
    plan: "free",
    key: "minato",
    recruiters: 0,
    jobs: [
      { occupation: "food-manufacturing", locale: "ja" },
      { occupation: "auto-mechanic", locale: "en" },
    ],
  },
  {
    slug: "kizuna-global",
    name: "Kizuna Global Partners",
    plan: "pro",
    key: "kizuna",
    recruiters: 1,
    area: { slug: "kizuna-careers", name: "Kizuna Global Careers", eeoEnabled: true },
    jobs: [
      { occupation: "sales", locale: "en" },
      { occupation: "accountant", locale: "en", inArea: true },
      { occupation: "interpreter", locale: "vi", inArea: true },
    ],
  },
  {
    slug: "aozora-foods",
    name: "Aozora Foods",
    plan: "standard",
    unpaid: true,
    key: "aozora",
    recruiters: 0,
    jobs: [
      { occupation: "food-manufacturing", locale: "vi" },
      { occupation: "hotel-front-desk", locale: "en" },
    ],
  },
];

const demoEmail = (localPart: string) => `${localPart}@${DEMO_EMAIL_DOMAIN}`;

/**
 * The accounts `pnpm dev` introduces a newcomer to: a seeker with a complete, searchable resume,
 * the owner of a company on a paid plan, and a platform admin. The world seeds no admin and no
 * password; locally, `@tsunagu/auth/demo` adds both (the demo-world test checks the first two).
 */
export const DEMO_GUIDE_ACCOUNTS = {
  seeker: demoEmail("seeker1"),
  employerOwner: demoEmail("owner.sakura"),
  admin: demoEmail("admin"),
} as const;

/** Names of the demo companies' staff, as colleagues in Japan would see them. */
const STAFF_NAMES = [
  "佐藤 美咲",
  "鈴木 健太",
  "高橋 由美",
  "田中 翔",
  "伊藤 直子",
  "渡辺 大輔",
  "山本 彩",
  "中村 拓也",
  "小林 恵",
  "加藤 亮",
];
function* staffNames(): Generator<string, never> {
  for (let i = 0; ; i++) yield STAFF_NAMES[i % STAFF_NAMES.length]!;
}

const DAY_MS = 86_400_000;
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

interface SeededCompany {
  id: string;
  name: string;
  paid: boolean;
  ownerMemberId: string;
  memberIds: string[];
  openJobIds: string[];
}

async function seedCompany(
  tx: DbClient,
  spec: DemoCompanySpec,
  staff: Generator<string, never>,
  faker: Faker,
  now: Date,
): Promise<SeededCompany> {
  const { company } = await createCompany(tx, {
    faker,
    now,
    name: spec.name,
    slug: spec.slug,
    plan: spec.plan,
    subscriptionStatus: spec.unpaid ? "PENDING" : "ACTIVE",
  });
  const owner = await createEmployerMember(tx, {
    faker,
    now,
    companyId: company.id,
    role: "OWNER",
    email: demoEmail(`owner.${spec.key}`),
    displayName: staff.next().value,
  });
  const memberIds = [owner.member.id];
  for (let i = 1; i <= spec.recruiters; i++) {
    const recruiter = await createEmployerMember(tx, {
      faker,
      now,
      companyId: company.id,
      email: demoEmail(i === 1 ? `recruiter.${spec.key}` : `recruiter${i}.${spec.key}`),
      displayName: staff.next().value,
    });
    memberIds.push(recruiter.member.id);
  }
  const area = spec.area
    ? await createRecruitingArea(tx, { companyId: company.id, ...spec.area })
    : undefined;
  const openJobIds: string[] = [];
  for (const [index, job] of spec.jobs.entries()) {
    const created = await createJob(tx, {
      faker,
      now,
      companyId: company.id,
      createdByMemberId: memberIds[index % memberIds.length],
      areaId: job.inArea ? area?.id : undefined,
      occupation: job.occupation,
      locale: job.locale,
      status: job.status ?? "OPEN",
    });
    if (created.status === "OPEN") openJobIds.push(created.id);
  }
  if (area?.eeoEnabled) {
    const answers = ["woman", "man", "prefer_not_to_say"];
    for (let i = 0; i < 14; i++) {
      await recordEeoResponse(tx, {
        areaId: area.id,
        now: daysAgo(now, i * 3),
        answers: {
          gender_identity: faker.helpers.arrayElement(answers),
          age_group: faker.helpers.arrayElement([
            "under_30",
            "30_to_44",
            "45_plus",
            "prefer_not_to_say",
          ]),
        },
      });
    }
  }
  return {
    id: company.id,
    name: company.name,
    paid: spec.plan !== "free" && !spec.unpaid,
    ownerMemberId: owner.member.id,
    memberIds,
    openJobIds,
  };
}

function seekerLocale(n: number): ResumeLocale {
  if (n <= 14) return "vi";
  if (n <= 22) return "en";
  return "ja";
}

async function seedSeekers(
  tx: DbClient,
  companies: SeededCompany[],
  faker: Faker,
  now: Date,
): Promise<CreatedSeeker[]> {
  const minato = companies.find((c) => c.name === "Minato Logistics");
  const sakura = companies[0];
  const seekers: CreatedSeeker[] = [];
  for (let n = 1; n <= SEEKER_COUNT; n++) {
    // Every fourth seeker keeps the resume private; the rest are searchable.
    const searchable = n % 4 !== 0;
    const consents: ConsentPurpose[] = [];
    if (n % 2 === 1) consents.push("JOB_ALERTS");
    if (n % 3 === 0) consents.push("NEWSLETTER");
    if (n % 5 === 0) consents.push("ANALYTICS_COOKIES");
    const seeker = await createSeeker(tx, {
      faker,
      now: daysAgo(now, 90 - n * 2),
      locale: seekerLocale(n),
      email: demoEmail(`seeker${n}`),
      searchable,
      consents,
      // Seeker 11 works at a platform company: blocked from it by default (F3).
      currentEmployer: n === 11 && minato ? { id: minato.id, name: minato.name } : undefined,
      user: n === 9 ? { processingRestrictedAt: daysAgo(now, 2) } : undefined,
    });
    seekers.push(seeker);
  }

  const userId = (n: number) => seekers[n - 1]!.user.id;
  const profileId = (n: number) => seekers[n - 1]!.profile.id;
  // Consent histories with second thoughts (R7): withdrawn newsletter, withdrawn searchability
  // while the visibility switch still says SEARCHABLE (must stay out of the index, R1).
  await withdrawConsent(tx, {
    userId: userId(6),
    purpose: "NEWSLETTER",
    source: "EMAIL_UNSUBSCRIBE",
    occurredAt: daysAgo(now, 5),
  });
  await withdrawConsent(tx, {
    userId: userId(7),
    purpose: "SEARCHABLE_PROFILE",
    occurredAt: daysAgo(now, 3),
  });
  await grantConsent(tx, {
    userId: userId(10),
    purpose: "MARKETING",
    source: "PRIVACY_CENTER",
    occurredAt: daysAgo(now, 20),
  });
  await withdrawConsent(tx, {
    userId: userId(10),
    purpose: "MARKETING",
    source: "PRIVACY_CENTER",
    occurredAt: daysAgo(now, 4),
  });

  // Agreed to partner offers under the first policy version, which a later version changed:
  // asked to review it at the next sign-in (policy versions, R7).
  await grantConsent(tx, {
    userId: userId(12),
    purpose: "PARTNER_OFFERS",
    source: "PRIVACY_CENTER",
    occurredAt: daysAgo(now, 25),
  });

  // A manual block of a company the seeker does not want to be found by.
  await tx.companyBlock.create({ data: { profileId: profileId(2), companyId: sakura!.id } });

  for (const n of [1, 2, 15, 23]) {
    const seeker = seekers[n - 1]!;
    await tx.networkingCard.create({
      data: {
        profileId: seeker.profile.id,
        // Random like every real card's slug: one derived from the name could be guessed.
        slug: newCardSlug(),
        enabled: true,
      },
    });
    // Turning the card on is the networking-card consent (F7), as the product records it.
    await grantConsent(tx, {
      userId: seeker.user.id,
      purpose: "NETWORKING_CARD",
      source: "VISIBILITY_SETTINGS",
      occurredAt: daysAgo(now, 30),
    });
  }
  return seekers;
}

async function seedActivity(
  tx: DbClient,
  companies: SeededCompany[],
  seekers: CreatedSeeker[],
  faker: Faker,
  now: Date,
): Promise<void> {
  const openJobs = companies.flatMap((c) => c.openJobIds.map((jobId) => ({ jobId, company: c })));

  // Applications: seekers 1–20 apply to one or two jobs each, in every status.
  const statuses: ApplicationStatus[] = [
    "SUBMITTED",
    "REVIEWING",
    "INTERVIEWING",
    "SUBMITTED",
    "REJECTED",
    "OFFERED",
    "HIRED",
    "WITHDRAWN",
  ];
  for (let n = 1; n <= 20; n++) {
    const seeker = seekers[n - 1]!;
    const count = n % 3 === 0 ? 2 : 1;
    for (let k = 0; k < count; k++) {
      const { jobId } = openJobs[(n * 3 + k * 5) % openJobs.length]!;
      const status = statuses[(n + k) % statuses.length]!;
      await createApplication(tx, {
        now: daysAgo(now, 30 - n),
        jobId,
        profileId: seeker.profile.id,
        status,
        talentPoolOptIn: status === "REJECTED" && n % 2 === 0,
        coverNote: n % 2 === 0 ? "I would be glad to contribute to your team." : undefined,
      });
    }
    if (n % 4 === 1) {
      const { jobId } = openJobs[(n * 7) % openJobs.length]!;
      await tx.savedJob.upsert({
        where: { profileId_jobId: { profileId: seeker.profile.id, jobId } },
        create: { profileId: seeker.profile.id, jobId },
        update: {},
      });
    }
  }
  for (const n of [1, 3, 15, 24]) {
    await tx.jobAlert.create({
      data: {
        profileId: seekers[n - 1]!.profile.id,
        name: n === 24 ? "東京のIT求人" : "Jobs with visa support",
        query: n === 24 ? "エンジニア" : "",
        filters: n === 24 ? { location: ["Tokyo"] } : { visaSupport: true },
        frequency: n % 2 === 1 ? "DAILY" : "WEEKLY",
      },
    });
  }

  // Invitations from paying companies to searchable seekers, each preceded by a resume view.
  const paying = companies.filter((c) => c.paid);
  const invitationStatuses: InvitationStatus[] = [
    "SENT",
    "ACCEPTED",
    "DECLINED",
    "SENT",
    "ACCEPTED",
    "REPORTED",
    "SENT",
    "EXPIRED",
    "SENT",
    "ACCEPTED",
  ];
  const candidates = seekers.filter(
    (s, index) => s.profile.visibility === "SEARCHABLE" && ![1, 6, 8].includes(index),
  );
  for (const [i, status] of invitationStatuses.entries()) {
    const company = paying[i % paying.length]!;
    const seeker = candidates[(i * 2 + 1) % candidates.length]!;
    const senderMemberId = company.memberIds[i % company.memberIds.length]!;
    const sentAt = daysAgo(now, status === "EXPIRED" ? 40 : 10 - i);
    await tx.disclosureLedgerEntry.create({
      data: {
        profileId: seeker.profile.id,
        companyId: company.id,
        memberId: senderMemberId,
        kind: "RESUME_VIEW",
        purpose: "candidate review",
        occurredAt: new Date(sentAt.getTime() - 3_600_000),
      },
    });
    await createInvitation(tx, {
      faker,
      sentAt,
      now: status === "SENT" || status === "EXPIRED" ? sentAt : new Date(sentAt.getTime() + DAY_MS),
      companyId: company.id,
      senderMemberId,
      profileId: seeker.profile.id,
      jobId: company.openJobIds[i % company.openJobIds.length]!,
      status,
    });
  }

  const sakura = companies[0]!;
  await tx.savedSearch.create({
    data: {
      companyId: sakura.id,
      memberId: sakura.memberIds[1] ?? sakura.ownerMemberId,
      name: "Java engineers, JLPT N2 or better",
      query: "Java Spring",
      // The resume search's own filter shape (packages/search filters.ts), so "Run" opens it.
      filters: { languages: ["ja"], jlptAtLeast: 2, workAuthorization: ["WORK_VISA"] },
      alertFrequency: "DAILY",
    },
  });
  const kizuna = companies.find((c) => c.name.startsWith("Kizuna"));
  if (kizuna) {
    await tx.savedSearch.create({
      data: {
        companyId: kizuna.id,
        memberId: kizuna.ownerMemberId,
        name: "Vietnamese interpreters in Tokyo",
        query: "phiên dịch",
        filters: { desiredLocations: ["JP-13"] },
        alertFrequency: "WEEKLY",
      },
    });
  }
}

async function seedAdminCases(tx: DbClient, seekers: CreatedSeeker[], now: Date): Promise<void> {
  const seeker = (n: number) => seekers[n - 1]!;
  // Deadlines: one month from receipt, as for most data-protection laws the product serves.
  const dsr = (n: number, receivedDaysAgo: number) => ({
    userId: seeker(n).user.id,
    subjectRef: `demo-subject-${n}`,
    receivedAt: daysAgo(now, receivedDaysAgo),
    dueAt: new Date(daysAgo(now, receivedDaysAgo).getTime() + 30 * DAY_MS),
  });
  await tx.dataSubjectRequest.createMany({
    data: [
      {
        ...dsr(3, 12),
        kind: "ACCESS",
        status: "COMPLETED",
        completedAt: daysAgo(now, 12),
        notifiedAt: daysAgo(now, 12),
        evidence: { export: "delivered as download", automated: true },
      },
      {
        ...dsr(4, 6),
        kind: "RECTIFICATION",
        status: "NEEDS_REVIEW",
        details: "My JLPT result was updated to N2 but an employer still sees N3.",
      },
      {
        ...dsr(6, 1),
        kind: "COMPLAINT",
        status: "RECEIVED",
        details: "I received an invitation from a company I had blocked.",
      },
      {
        ...dsr(9, 2),
        kind: "RESTRICTION",
        status: "COMPLETED",
        completedAt: daysAgo(now, 2),
        notifiedAt: daysAgo(now, 2),
        evidence: { restrictedAt: daysAgo(now, 2).toISOString(), automated: true },
      },
    ],
  });

  const discoveredAt = daysAgo(now, 21);
  await tx.incident.create({
    data: {
      title: "Job alert sent to a previous address",
      description:
        "A job alert was delivered to an address the seeker had replaced; no resume data was included.",
      severity: "LOW",
      status: "RESOLVED",
      occurredAt: daysAgo(now, 22),
      discoveredAt,
      containedAt: daysAgo(now, 21),
      resolvedAt: daysAgo(now, 19),
      authorityDeadlineAt: new Date(discoveredAt.getTime() + 3 * DAY_MS),
      authorityNotifiedAt: daysAgo(now, 20),
      authorityReference: "PPC-DEMO-0001",
      usersNotifiedAt: daysAgo(now, 20),
      affectedUsers: { create: [{ userId: seeker(12).user.id, notifiedAt: daysAgo(now, 20) }] },
      notices: {
        create: [
          {
            audience: "AUTHORITY",
            subject: "Report of a personal data incident",
            body: "One job alert email was sent to a superseded address.",
            recipientCount: 1,
            sentAt: daysAgo(now, 20),
          },
          {
            audience: "AFFECTED_USERS",
            subject: "About an email we sent to your old address",
            body: "We sent one job alert to an address you no longer use. No resume data was included.",
            recipientCount: 1,
            sentAt: daysAgo(now, 20),
          },
        ],
      },
    },
  });
}

const DEMO_INBOX_MESSAGES = [
  "Your welding and inspection experience is exactly what our Yokohama plant needs. We sponsor work visas and help with housing for the first months. Could we schedule a 30-minute call?",
  "We are growing our bilingual support team and liked your Japanese level. The role is hybrid, three days in the office. We would be happy to answer any questions first.",
  "Thank you for keeping your resume searchable. We have an opening that matches your preferences for location and salary, and would like to introduce it in a short online meeting.",
];

/**
 * The demo seeker's own inbox (seeker1@demo.tsunagu.test): three open invitations from paying
 * companies, each preceded by the resume view it came from, and one accepted earlier, so the
 * inbox a demo opens first has something to answer.
 */
async function seedDemoSeekerInbox(
  tx: DbClient,
  companies: SeededCompany[],
  seeker: CreatedSeeker,
  faker: Faker,
  now: Date,
): Promise<void> {
  const paying = companies.filter((c) => c.paid && c.openJobIds.length > 0);
  const plan: { status: InvitationStatus; daysAgo: number }[] = [
    { status: "SENT", daysAgo: 1 },
    { status: "SENT", daysAgo: 3 },
    { status: "SENT", daysAgo: 6 },
    { status: "ACCEPTED", daysAgo: 14 },
  ];
  for (const [i, { status, daysAgo: age }] of plan.entries()) {
    const company = paying[i % paying.length]!;
    const senderMemberId = company.memberIds[0] ?? company.ownerMemberId;
    const sentAt = daysAgo(now, age);
    await tx.disclosureLedgerEntry.create({
      data: {
        profileId: seeker.profile.id,
        companyId: company.id,
        memberId: senderMemberId,
        kind: "RESUME_VIEW",
        purpose: "candidate review",
        occurredAt: new Date(sentAt.getTime() - 3_600_000),
      },
    });
    await createInvitation(tx, {
      faker,
      sentAt,
      now: status === "SENT" ? sentAt : new Date(sentAt.getTime() + DAY_MS),
      companyId: company.id,
      senderMemberId,
      profileId: seeker.profile.id,
      // The last open job of each company: the activity above invites to the first ones.
      jobId: company.openJobIds[company.openJobIds.length - 1 - Math.floor(i / paying.length)]!,
      status,
      visaSupport: i !== 1,
      message: DEMO_INBOX_MESSAGES[i % DEMO_INBOX_MESSAGES.length],
    });
  }
}

/** Seeds the world into a client the caller owns. Returns false when it already exists. */
/** F10: every demo company is verified except the free-plan one, which shows the unverified path. */
export const DEMO_UNVERIFIED_COMPANY_SLUG = "minato-logistics";

async function seedUnverifiedCompany(tx: DbClient): Promise<void> {
  await tx.company.update({
    where: { slug: DEMO_UNVERIFIED_COMPANY_SLUG },
    data: { verifiedAt: null, verificationMethod: null },
  });
}

export async function seedDemoWorldInto(db: Db, options: { now?: Date } = {}): Promise<boolean> {
  const now = options.now ?? new Date();
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      const existing = await tx.company.findUnique({
        where: { slug: DEMO_MARKER_COMPANY_SLUG },
        select: { id: true },
      });
      if (existing) return false;
      const faker = createFaker(DEMO_SEED);
      const staff = staffNames();
      const companies: SeededCompany[] = [];
      for (const spec of COMPANIES) companies.push(await seedCompany(tx, spec, staff, faker, now));
      const seekers = await seedSeekers(tx, companies, faker, now);
      await seedActivity(tx, companies, seekers, faker, now);
      await seedDemoSeekerInbox(tx, companies, seekers[0]!, faker, now);
      await seedAdminCases(tx, seekers, now);
      await seedUnverifiedCompany(tx);
      return true;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

/**
 * Seeds the demo world once. Safe to call on every start: when the world exists (or another
 * process is seeding it right now) it returns `{ seeded: false }` without writing anything.
 */
export async function seedDemoWorld(databaseUrl: string): Promise<{ seeded: boolean }> {
  const db = createDb(databaseUrl);
  try {
    return { seeded: await seedDemoWorldInto(db) };
  } finally {
    await db.$disconnect();
  }
}
