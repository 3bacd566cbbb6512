import type { Db } from "@tsunagu/db";
import type { CreateDataRequestInput, DataRequestKind } from "@tsunagu/schemas/privacy";
import { AppError } from "../../errors";
import { subjectRefOf } from "./delete-account";

/**
 * The deadline table for requests that need a person (F7, F18): one row per rule, the hours it
 * allows per kind of request. A request is due by the strictest rule that applies to it; the
 * record keeps which rule that was. The statutory rows state the time the platform plans for
 * under each law; our own promise is stricter than both, so it sets the date today. Counsel
 * reviews the statutory figures; changing one here changes every new request's due date.
 */
export const DEADLINE_RULES = [
  {
    code: "TSUNAGU_72H",
    /** Our own promise, stricter than either law: every request answered within 72 hours. */
    hours: { RECTIFICATION: 72, OBJECTION: 72, COMPLAINT: 72 },
  },
  {
    code: "VN_DECREE_356_2025",
    /** Vietnam, Decree 356/2025 implementing the Personal Data Protection Law. */
    hours: { RECTIFICATION: 72, OBJECTION: 72, COMPLAINT: 72 },
  },
  {
    code: "JP_APPI",
    /** Japan, APPI arts. 33–35: "without delay"; the platform plans for two weeks at most. */
    hours: { RECTIFICATION: 14 * 24, OBJECTION: 14 * 24, COMPLAINT: 14 * 24 },
  },
] as const satisfies readonly { code: string; hours: Record<DataRequestKind, number> }[];

export type DeadlineRuleCode = (typeof DEADLINE_RULES)[number]["code"];

/** The strictest rule for a kind of request, and the time it sets from `receivedAt`. */
export function deadlineFor(kind: DataRequestKind, receivedAt: Date) {
  const rule = DEADLINE_RULES.reduce((strictest, candidate) =>
    candidate.hours[kind] < strictest.hours[kind] ? candidate : strictest,
  );
  return {
    rule: rule.code as DeadlineRuleCode,
    dueAt: new Date(receivedAt.getTime() + rule.hours[kind] * 3_600_000),
  };
}

/** Open requests of one person at a time, so the queue cannot be flooded from one account. */
const MAX_OPEN_REQUESTS = 10;

export interface DataRequestView {
  id: string;
  /** One of DATA_REQUEST_KINDS for requests made here; other kinds come from other flows. */
  kind: string;
  status: "RECEIVED" | "IN_PROGRESS" | "NEEDS_REVIEW" | "COMPLETED" | "REJECTED";
  details: string | null;
  receivedAt: Date;
  dueAt: Date;
  deadlineRule: string | null;
  completedAt: Date | null;
}

const VIEW = {
  id: true,
  kind: true,
  status: true,
  details: true,
  receivedAt: true,
  dueAt: true,
  deadlineRule: true,
  completedAt: true,
} as const;

/**
 * F7: a request that needs a person (a correction the seeker cannot make, an objection with
 * reasons, a complaint). Complete data for the admin queue: kind, the person's words, the
 * pseudonymous subject reference, the due date and the rule that set it.
 */
export async function createDataRequest(
  db: Db,
  userId: string,
  input: CreateDataRequestInput,
  now = new Date(),
): Promise<DataRequestView> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  const open = await db.dataSubjectRequest.count({
    where: { userId, status: { in: ["RECEIVED", "IN_PROGRESS", "NEEDS_REVIEW"] } },
  });
  if (open >= MAX_OPEN_REQUESTS) {
    throw new AppError(
      "RATE_LIMITED",
      `You have ${open} open requests. Wait for an answer before sending another.`,
    );
  }
  const { rule, dueAt } = deadlineFor(input.kind, now);
  const created = await db.dataSubjectRequest.create({
    data: {
      userId,
      subjectRef: subjectRefOf(user.email),
      kind: input.kind,
      status: "RECEIVED",
      details: input.details,
      receivedAt: now,
      dueAt,
      deadlineRule: rule,
    },
    select: VIEW,
  });
  return created;
}

/** F7: the person's own requests, newest first, with their status. */
export async function listMyDataRequests(db: Db, userId: string): Promise<DataRequestView[]> {
  return db.dataSubjectRequest.findMany({
    where: { userId },
    orderBy: { receivedAt: "desc" },
    take: 100,
    select: VIEW,
  });
}
