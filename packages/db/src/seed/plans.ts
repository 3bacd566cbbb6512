import type { Prisma } from "../generated/prisma/client";

export type PlanCode = "free" | "standard" | "pro";

type PlanDefinition = Omit<Prisma.PlanCreateInput, "code" | "subscriptions"> & { code: PlanCode };

/**
 * The plans every environment starts with. Only a paid plan unlocks resume search and
 * invitations (SPEC: posting jobs and reviewing applications needs no paid plan).
 */
export const PLAN_CATALOG: readonly PlanDefinition[] = [
  {
    code: "free",
    name: "Free",
    monthlyPrice: 0,
    currency: "JPY",
    seats: 2,
    resumeSearch: false,
    searchesPerDay: 0,
    searchesPerMinute: 0,
    resultCapPerQuery: 0,
    invitationsPerMonth: 0,
  },
  {
    code: "standard",
    name: "Standard",
    monthlyPrice: 49_800,
    currency: "JPY",
    seats: 5,
    resumeSearch: true,
    searchesPerDay: 200,
    searchesPerMinute: 20,
    resultCapPerQuery: 200,
    invitationsPerMonth: 50,
  },
  {
    code: "pro",
    name: "Pro",
    monthlyPrice: 148_000,
    currency: "JPY",
    seats: 20,
    resumeSearch: true,
    searchesPerDay: 1_000,
    searchesPerMinute: 60,
    resultCapPerQuery: 1_000,
    invitationsPerMonth: 300,
  },
];

type PlanWriter = Pick<Prisma.TransactionClient, "plan">;

/** Creates the catalogue plans that are missing; never changes an existing plan's limits. */
export async function ensurePlans(db: PlanWriter): Promise<void> {
  await db.plan.createMany({ data: [...PLAN_CATALOG], skipDuplicates: true });
}

export async function planByCode(db: PlanWriter, code: PlanCode) {
  await ensurePlans(db);
  return db.plan.findUniqueOrThrow({ where: { code } });
}
