import type { Prisma } from "../../generated/prisma/client";
import type { CompanyStatus, MemberRole, SubscriptionStatus } from "../../generated/prisma/enums";
import { planByCode, type PlanCode } from "../../seed/plans";
import { defaultFaker } from "../faker";
import type { DbClient, FactoryContext } from "../types";
import { slugify, uniqueSuffix } from "../unique";

export interface CreateCompanyOptions extends FactoryContext {
  name?: string;
  slug?: string;
  status?: CompanyStatus;
  /** Plan of the company's subscription; "free" when omitted. */
  plan?: PlanCode;
  /** PENDING models an unpaid manual invoice: the plan is chosen but not yet unlocked. */
  subscriptionStatus?: SubscriptionStatus;
  /** F10: verified by the platform (ADMIN) unless false, so callers that search or invite work. */
  verified?: boolean;
  company?: Partial<Omit<Prisma.CompanyCreateInput, "subscription">>;
}

export interface CreatedCompany {
  company: Prisma.CompanyGetPayload<object>;
  subscription: Prisma.SubscriptionGetPayload<{ include: { plan: true } }>;
}

const DAY_MS = 86_400_000;

/**
 * A company with a subscription. Paid plans are billed by manual invoice (the local default
 * provider); an ACTIVE paid subscription carries the invoice that an admin marked paid.
 */
export async function createCompany(
  db: DbClient,
  options: CreateCompanyOptions = {},
): Promise<CreatedCompany> {
  const faker = options.faker ?? defaultFaker;
  const now = options.now ?? new Date();
  const name =
    options.name ??
    `${faker.company.name()} ${faker.helpers.arrayElement(["KK", "Co., Ltd.", "Japan"])}`;
  const plan = await planByCode(db, options.plan ?? "free");
  const status = options.subscriptionStatus ?? "ACTIVE";
  const periodStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const periodEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));

  const company = await db.company.create({
    data: {
      name,
      slug:
        options.slug ??
        `${slugify(name).slice(0, 40).replace(/-+$/, "") || "company"}-${uniqueSuffix()}`,
      status: options.status ?? "ACTIVE",
      suspendedAt: options.status === "SUSPENDED" ? now : null,
      ...(options.verified === false
        ? { verifiedAt: null, verificationMethod: null }
        : { verifiedAt: now, verificationMethod: "ADMIN" as const }),
      website: `https://${slugify(name).slice(0, 30) || "company"}.example.jp`,
      ...options.company,
    },
  });
  const subscription = await db.subscription.create({
    data: {
      companyId: company.id,
      planId: plan.id,
      status,
      provider: "MANUAL_INVOICE",
      currentPeriodStart: periodStart,
      currentPeriodEnd: periodEnd,
      ...(plan.monthlyPrice > 0
        ? {
            invoices: {
              create: {
                companyId: company.id,
                planId: plan.id,
                provider: "MANUAL_INVOICE",
                number: `TSU-${now.getUTCFullYear()}-T${uniqueSuffix().toUpperCase()}`,
                amount: plan.monthlyPrice,
                currency: plan.currency,
                status: status === "ACTIVE" ? "PAID" : "OPEN",
                periodStart,
                periodEnd,
                issuedAt: periodStart,
                dueAt: new Date(periodStart.getTime() + 14 * DAY_MS),
                paidAt: status === "ACTIVE" ? new Date(periodStart.getTime() + 3 * DAY_MS) : null,
              },
            },
          }
        : {}),
    },
    include: { plan: true },
  });
  return { company, subscription };
}

export interface CreateEmployerMemberOptions extends FactoryContext {
  companyId: string;
  role?: MemberRole;
  email?: string;
  displayName?: string;
  user?: Partial<Omit<Prisma.UserCreateInput, "membership" | "kind">>;
}

export interface CreatedEmployerMember {
  user: Prisma.UserGetPayload<object>;
  member: Prisma.CompanyMemberGetPayload<object>;
}

/** An employer account and its membership of the company (RECRUITER unless told otherwise). */
export async function createEmployerMember(
  db: DbClient,
  options: CreateEmployerMemberOptions,
): Promise<CreatedEmployerMember> {
  const faker = options.faker ?? defaultFaker;
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  const user = await db.user.create({
    data: {
      email:
        options.email ??
        `${slugify(`${firstName}.${lastName}`).replace(/-/g, ".") || "member"}.${uniqueSuffix()}@employer.example.test`,
      kind: "EMPLOYER",
      emailVerifiedAt: options.now ?? new Date(),
      createdAt: options.now ?? new Date(),
      locale: "JA",
      ...options.user,
      membership: {
        create: {
          companyId: options.companyId,
          role: options.role ?? "RECRUITER",
          displayName: options.displayName ?? `${firstName} ${lastName}`,
        },
      },
    },
    include: { membership: true },
  });
  const { membership, ...userRow } = user;
  if (!membership) throw new Error("createEmployerMember: the membership was not created");
  return { user: userRow, member: membership };
}

/** A platform admin. Production creates admins only through the CLI; tests need them too. */
export function createPlatformAdmin(db: DbClient, options: { email?: string; now?: Date } = {}) {
  return db.user.create({
    data: {
      email: options.email ?? `admin.${uniqueSuffix()}@tsunagu.example.test`,
      kind: "ADMIN",
      emailVerifiedAt: options.now ?? new Date(),
    },
  });
}
