import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type MemberRole } from "@tsunagu/db";
import {
  createCompany,
  createEmployerMember,
  createJob,
  createPlatformAdmin,
  createSeeker,
  uniqueSuffix,
} from "@tsunagu/db/testing";
import { ensureIndex } from "@tsunagu/search";
import { applyToJob } from "../applications/apply-to-job";
import { adminRouter } from "../../routers/admin";
import { employerRouter } from "../../routers/employer";
import { createCallerFactory } from "../../trpc";
import type { Context } from "../../context";
import { markInvoicePaid } from "./admin-invoices";

const db = createDb(process.env.DATABASE_URL!);
beforeAll(() => ensureIndex("resumes"), 60_000);
afterAll(() => db.$disconnect());

const DAY = 86_400_000;

function context(user: { id: string; kind: "EMPLOYER" | "ADMIN" }, member: Context["member"]) {
  const audience = user.kind;
  return {
    db,
    audience,
    appOrigin: `http://${audience.toLowerCase()}.tsunagu.test`,
    session: { id: `session-${uniqueSuffix()}`, userId: user.id, audience },
    user,
    member,
    resHeaders: new Headers(),
    invitationMail: null,
  } satisfies Context;
}

async function companyWithOwner(
  plan: "free" | "standard" | "pro",
  options: { extraMembers?: number; status?: "ACTIVE" | "PENDING" } = {},
) {
  const { company, subscription } = await createCompany(db, {
    plan,
    subscriptionStatus: options.status,
    slug: `billing-${uniqueSuffix()}`,
  });
  const owner = await createEmployerMember(db, { companyId: company.id, role: "OWNER" });
  for (let i = 0; i < (options.extraMembers ?? 0); i++) {
    await createEmployerMember(db, { companyId: company.id });
  }
  const as = (member: { user: { id: string }; member: { id: string; role: MemberRole } }) =>
    createCallerFactory(employerRouter)(
      context(
        { id: member.user.id, kind: "EMPLOYER" },
        {
          id: member.member.id,
          companyId: company.id,
          role: member.member.role,
          companyStatus: "ACTIVE",
          confirmedEmailDomain: null,
        },
      ),
    );
  return { company, subscription, owner, api: as(owner), as };
}

async function adminApi() {
  const admin = await createPlatformAdmin(db);
  return {
    admin,
    api: createCallerFactory(adminRouter)(context({ ...admin, kind: "ADMIN" }, null)),
  };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { code?: string; message: string; cause?: { code?: string } },
  );
  expect(error, "expected the call to be refused").not.toBeNull();
  return { code: error?.code, appCode: error?.cause?.code, message: error?.message };
}

describe("manual invoice flow (F11)", () => {
  it("choosing a paid plan issues an open invoice; marking it paid starts the plan and search", async () => {
    const { company, api } = await companyWithOwner("free");
    expect((await api.billing.overview()).state).toBe("FREE");

    const chosen = await api.billing.choosePlan({ planCode: "standard" });
    expect(chosen).toMatchObject({ change: "purchase", kind: "invoice" });
    const invoiceId = "invoiceId" in chosen ? chosen.invoiceId : "";

    const pending = await api.billing.overview();
    expect(pending).toMatchObject({ state: "PENDING", plan: { code: "standard", seats: 5 } });
    const invoice = pending.invoices.find((i) => i.id === invoiceId);
    expect(invoice).toMatchObject({
      status: "OPEN",
      amount: 49_800,
      currency: "JPY",
      planName: "Standard",
    });
    expect(invoice?.number).toMatch(/^TSU-\d{4}-\d{6}$/);
    const issued = Date.parse(invoice!.issuedAt);
    expect(Date.parse(invoice!.dueAt) - issued).toBe(14 * DAY);
    expect(
      Date.parse(invoice!.periodEnd) - Date.parse(invoice!.periodStart),
    ).toBeGreaterThanOrEqual(28 * DAY);
    // Not paid yet: search stays closed and the seats are still the free plan's.
    expect((await api.members.seats()).seats).toBe(2);
    expect(await refusal(api.candidates.find({ query: "" }))).toMatchObject({
      appCode: "PLAN_REQUIRED",
    });

    // Choosing the same plan again shows the same invoice, not a second one.
    expect(await api.billing.choosePlan({ planCode: "standard" })).toMatchObject({ invoiceId });

    const { admin, api: adminCalls } = await adminApi();
    const open = await adminCalls.billing.listInvoices({ status: "OPEN", companyId: company.id });
    expect(open.map((i) => i.id)).toEqual([invoiceId]);
    expect(open[0]).toMatchObject({ companyName: company.name, planCode: "standard" });
    await adminCalls.billing.markInvoicePaid({ invoiceId });

    const paidRow = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(paidRow).toMatchObject({ status: "PAID", markedPaidByUserId: admin.id });
    expect(paidRow.paidAt).not.toBeNull();
    const active = await api.billing.overview();
    expect(active).toMatchObject({
      state: "ACTIVE",
      status: "ACTIVE",
      plan: { code: "standard" },
      periodStart: invoice!.periodStart,
      periodEnd: invoice!.periodEnd,
    });
    expect(active.usage.searchesToday).toMatchObject({ limit: 200 });
    await expect(api.candidates.find({ query: "" })).resolves.toBeDefined();
    expect((await api.members.seats()).seats).toBe(5);
    expect(
      await db.auditEvent.count({
        where: {
          companyId: company.id,
          action: "billing.invoice.mark_paid",
          actorUserId: admin.id,
        },
      }),
    ).toBe(1);
    // Paying twice is refused and changes nothing.
    expect(await refusal(adminCalls.billing.markInvoicePaid({ invoiceId }))).toMatchObject({
      code: "CONFLICT",
    });
  });

  it("voiding the only open invoice of a pending plan cancels the choice", async () => {
    const { company, api } = await companyWithOwner("free");
    const chosen = await api.billing.choosePlan({ planCode: "pro" });
    const invoiceId = "invoiceId" in chosen ? chosen.invoiceId : "";
    const { api: adminCalls } = await adminApi();
    await adminCalls.billing.voidInvoice({ invoiceId });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).toMatchObject({
      status: "VOID",
    });
    expect((await api.billing.overview()).state).toBe("CANCELED");
    expect(
      await db.auditEvent.count({
        where: { companyId: company.id, action: "billing.invoice.void" },
      }),
    ).toBe(1);
    expect(await refusal(adminCalls.billing.markInvoicePaid({ invoiceId }))).toMatchObject({
      code: "CONFLICT",
    });
  });

  it("lists invoices by status and company", async () => {
    const first = await companyWithOwner("free");
    const second = await companyWithOwner("free");
    await first.api.billing.choosePlan({ planCode: "standard" });
    await second.api.billing.choosePlan({ planCode: "pro" });
    const { api: adminCalls } = await adminApi();
    const ofFirst = await adminCalls.billing.listInvoices({ companyId: first.company.id });
    expect(ofFirst.map((i) => i.companyId)).toEqual([first.company.id]);
    const paid = await adminCalls.billing.listInvoices({ status: "PAID" });
    expect(paid.every((i) => i.status === "PAID")).toBe(true);
    expect(paid.some((i) => i.companyId === first.company.id)).toBe(false);
  });
});

describe("plan-change rules (F11)", () => {
  it("an upgrade takes effect once its invoice is paid", async () => {
    const { api } = await companyWithOwner("standard");
    const chosen = await api.billing.choosePlan({ planCode: "pro" });
    expect(chosen).toMatchObject({ change: "upgrade", kind: "invoice" });
    const waiting = await api.billing.overview();
    expect(waiting).toMatchObject({
      state: "ACTIVE",
      plan: { code: "standard" },
      pendingUpgrade: { plan: { code: "pro" } },
    });
    const { admin } = await adminApi();
    await markInvoicePaid(db, admin.id, "invoiceId" in chosen ? chosen.invoiceId : "");
    const upgraded = await api.billing.overview();
    expect(upgraded).toMatchObject({
      state: "ACTIVE",
      plan: { code: "pro" },
      pendingUpgrade: null,
    });
    expect(upgraded.usage.searchesToday.limit).toBe(1_000);
  });

  it("a downgrade is refused, naming the numbers, when the company has more members than seats", async () => {
    const { api, company } = await companyWithOwner("pro", { extraMembers: 5 });
    const refused = await refusal(api.billing.choosePlan({ planCode: "standard" }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain("6 members");
    expect(refused.message).toContain("5 seats");
    const subscription = await db.subscription.findUniqueOrThrow({
      where: { companyId: company.id },
    });
    expect(subscription.scheduledPlanId).toBeNull();
  });

  it("a downgrade takes effect at the end of the period, when the renewal is invoiced at the new price", async () => {
    const { api, company } = await companyWithOwner("pro", { extraMembers: 1 });
    const result = await api.billing.choosePlan({ planCode: "standard" });
    const { currentPeriodEnd } = await db.subscription.findUniqueOrThrow({
      where: { companyId: company.id },
    });
    expect(result).toEqual({ change: "downgrade", effectiveAt: currentPeriodEnd.toISOString() });
    const scheduled = await api.billing.overview();
    expect(scheduled).toMatchObject({ plan: { code: "pro" }, scheduledPlan: { code: "standard" } });
    // Pro's limits stay until the period ends.
    expect(scheduled.usage.searchesToday.limit).toBe(1_000);

    // The period ends unpaid.
    await db.subscription.update({
      where: { companyId: company.id },
      data: { currentPeriodEnd: new Date(Date.now() - 1_000) },
    });
    const renewed = await api.billing.overview();
    expect(renewed).toMatchObject({
      state: "PAST_DUE",
      plan: { code: "standard" },
      scheduledPlan: null,
    });
    expect(renewed.invoices[0]).toMatchObject({
      status: "OPEN",
      amount: 49_800,
      planName: "Standard",
    });
    expect(await refusal(api.candidates.find({ query: "" }))).toMatchObject({
      appCode: "PLAN_REQUIRED",
    });
    // Reading again does not issue a second renewal.
    expect((await api.billing.overview()).invoices.filter((i) => i.status === "OPEN")).toHaveLength(
      1,
    );
  });

  it("cancel keeps access until the period ends, can be undone, and the free plan means cancel", async () => {
    const { api, company } = await companyWithOwner("standard");
    const cancelled = await api.billing.cancel();
    expect(cancelled).toMatchObject({ change: "cancel" });
    expect(cancelled.change === "cancel" && cancelled.effectiveAt).toBeTruthy();
    expect(await api.billing.overview()).toMatchObject({
      state: "ACTIVE",
      cancelAtPeriodEnd: true,
    });
    await expect(api.candidates.find({ query: "" })).resolves.toBeDefined();

    expect(await api.billing.resume()).toEqual({ change: "resume" });
    expect((await api.billing.overview()).cancelAtPeriodEnd).toBe(false);

    expect(await api.billing.choosePlan({ planCode: "free" })).toMatchObject({ change: "cancel" });
    await db.subscription.update({
      where: { companyId: company.id },
      data: { currentPeriodEnd: new Date(Date.now() - 1_000) },
    });
    const ended = await api.billing.overview();
    expect(ended).toMatchObject({ state: "CANCELED", plan: { code: "free" } });
    expect(ended.invoices.filter((i) => i.status === "OPEN")).toHaveLength(0);
  });

  it("cancelling a plan that was never paid ends it at once and voids its invoice", async () => {
    const { api } = await companyWithOwner("free");
    await api.billing.choosePlan({ planCode: "standard" });
    expect(await api.billing.cancel()).toEqual({ change: "cancel", effectiveAt: null });
    const overview = await api.billing.overview();
    expect(overview).toMatchObject({ state: "CANCELED", plan: { code: "free" } });
    expect(overview.invoices.map((i) => i.status)).toEqual(["VOID"]);
    expect(await refusal(api.billing.cancel())).toMatchObject({ code: "CONFLICT" });
  });

  it("recruiters read the overview and invoices but cannot change the plan", async () => {
    const { as, company } = await companyWithOwner("standard");
    const recruiter = await createEmployerMember(db, { companyId: company.id });
    const api = as(recruiter);
    const overview = await api.billing.overview();
    expect(overview.plan.code).toBe("standard");
    await expect(
      api.billing.invoice({ invoiceId: overview.invoices[0]!.id }),
    ).resolves.toMatchObject({
      company: { name: company.name },
    });
    expect(await refusal(api.billing.choosePlan({ planCode: "pro" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(api.billing.cancel())).toMatchObject({ code: "FORBIDDEN" });
  });

  it("another company's invoice reads as missing", async () => {
    const mine = await companyWithOwner("standard");
    const theirs = await companyWithOwner("standard");
    const theirInvoice = (await theirs.api.billing.overview()).invoices[0]!;
    expect(await refusal(mine.api.billing.invoice({ invoiceId: theirInvoice.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("entitlements follow the subscription (F11)", () => {
  const lapses = {
    "a lapsed period": { currentPeriodEnd: new Date(Date.now() - DAY) },
    "a PAST_DUE subscription": { status: "PAST_DUE" as const },
    "a CANCELED subscription": { status: "CANCELED" as const },
  };
  for (const [name, change] of Object.entries(lapses)) {
    it(`${name} loses search and invitations at once and keeps its jobs and applications`, async () => {
      const { api, company } = await companyWithOwner("standard");
      const job = await createJob(db, { companyId: company.id, status: "OPEN" });
      const applicant = await createSeeker(db);
      const application = await applyToJob(db, applicant.user.id, { jobId: job.id });
      const candidate = await createSeeker(db, { searchable: true });
      await expect(api.candidates.find({ query: "" })).resolves.toBeDefined();

      await db.subscription.update({ where: { companyId: company.id }, data: change });

      expect(await refusal(api.candidates.find({ query: "" }))).toMatchObject({
        code: "PAYMENT_REQUIRED",
        appCode: "PLAN_REQUIRED",
      });
      expect(
        await refusal(
          api.invitations.send({
            candidateId: candidate.profile.searchKey,
            jobId: job.id,
            salaryMin: 3_000_000,
            salaryMax: 4_000_000,
            visaSupport: true,
            message: "We would like to meet you.",
          }),
        ),
      ).toMatchObject({ appCode: "PLAN_REQUIRED" });
      expect((await api.usage.get()).searchIncluded).toBe(false);
      expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
        status: "OPEN",
      });
      expect(await db.application.count({ where: { id: application.id } })).toBe(1);
      expect(await api.invitations.jobs()).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: job.id })]),
      );
    });
  }
});
