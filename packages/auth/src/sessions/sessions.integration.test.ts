import { db, disconnectDb } from "@tsunagu/db";
import { createCompany, createEmployerMember, createSeeker } from "@tsunagu/db/testing";
import { afterAll, describe, expect, it } from "vitest";

import { SESSION_POLICY } from "../config";
import {
  createSession,
  deleteExpiredSessions,
  hashIp,
  invalidateAllSessions,
  invalidateUserSession,
  listSessions,
  validateSessionToken,
} from "./sessions";

afterAll(() => disconnectDb());

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

async function seekerSession(now = new Date()) {
  const { user } = await createSeeker(db, { resume: "empty" });
  const created = await createSession(db, {
    userId: user.id,
    audience: "SEEKER",
    userAgent: "Firefox on Linux",
    ip: "203.0.113.7",
    now,
  });
  return { user, ...created };
}

describe("session tokens against the database", () => {
  it("validates a fresh token and stores only hashes of the secret and the IP", async () => {
    const { user, token, session } = await seekerSession();
    const result = await validateSessionToken(db, token, "SEEKER");
    expect(result?.user.id).toBe(user.id);
    expect(result?.user.kind).toBe("SEEKER");

    const row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    const secret = token.split(".")[1] ?? "";
    expect(Buffer.from(row.secretHash).toString("utf8")).not.toContain(secret);
    expect(row.secretHash).toHaveLength(32);
    expect(Buffer.from(row.ipHash ?? []).equals(Buffer.from(hashIp("203.0.113.7")))).toBe(true);
    expect(Buffer.from(row.ipHash ?? []).toString("latin1")).not.toContain("203.0.113.7");
  });

  it("rejects a stolen session id without the secret, and a token with the wrong secret", async () => {
    const { token, session } = await seekerSession();
    const other = await seekerSession();
    const otherSecret = other.token.split(".")[1];
    expect(await validateSessionToken(db, session.id, "SEEKER")).toBeNull();
    expect(await validateSessionToken(db, `${session.id}.`, "SEEKER")).toBeNull();
    expect(await validateSessionToken(db, `${session.id}.${otherSecret}`, "SEEKER")).toBeNull();
    // The genuine token still works: failed guesses do not end the session.
    expect(await validateSessionToken(db, token, "SEEKER")).not.toBeNull();
  });

  it("rejects a session presented to another app, without ending it", async () => {
    const { token } = await seekerSession();
    expect(await validateSessionToken(db, token, "EMPLOYER")).toBeNull();
    expect(await validateSessionToken(db, token, "ADMIN")).toBeNull();
    expect(await validateSessionToken(db, token, "SEEKER")).not.toBeNull();
  });

  it("refuses to honour an employer session minted for a seeker account", async () => {
    const { user } = await createSeeker(db, { resume: "empty" });
    const { token } = await createSession(db, { userId: user.id, audience: "EMPLOYER" });
    expect(await validateSessionToken(db, token, "EMPLOYER")).toBeNull();
  });

  it("ends a session after its idle timeout", async () => {
    const start = new Date("2025-03-01T00:00:00Z");
    const { token } = await seekerSession(start);
    const idle = SESSION_POLICY.SEEKER.idleTimeoutMs;
    expect(
      await validateSessionToken(db, token, "SEEKER", new Date(start.getTime() + idle - MINUTE)),
    ).not.toBeNull();
    // Activity just now slid the idle window forward.
    const later = new Date(start.getTime() + 2 * idle - 2 * MINUTE);
    expect(await validateSessionToken(db, token, "SEEKER", later)).not.toBeNull();
    const tooLate = new Date(later.getTime() + idle);
    expect(await validateSessionToken(db, token, "SEEKER", tooLate)).toBeNull();
    expect(await validateSessionToken(db, token, "SEEKER", later)).toBeNull();
  });

  it("ends a session at its absolute lifetime however active it is", async () => {
    const start = new Date("2025-04-01T00:00:00Z");
    const { token } = await seekerSession(start);
    for (let day = 1; day < 30; day += 3) {
      expect(
        await validateSessionToken(db, token, "SEEKER", new Date(start.getTime() + day * DAY)),
      ).not.toBeNull();
    }
    expect(
      await validateSessionToken(db, token, "SEEKER", new Date(start.getTime() + 30 * DAY)),
    ).toBeNull();
  });

  it("gives admin sessions a 30-minute idle timeout", async () => {
    const start = new Date("2025-05-01T00:00:00Z");
    const admin = await db.user.create({
      data: { email: `admin.${crypto.randomUUID()}@tsunagu.example.test`, kind: "ADMIN" },
    });
    const { token } = await createSession(db, { userId: admin.id, audience: "ADMIN", now: start });
    expect(
      await validateSessionToken(db, token, "ADMIN", new Date(start.getTime() + 29 * MINUTE)),
    ).not.toBeNull();
    expect(
      await validateSessionToken(db, token, "ADMIN", new Date(start.getTime() + 60 * MINUTE)),
    ).toBeNull();
  });

  it("writes lastActiveAt at most once a minute", async () => {
    const start = new Date("2025-06-01T00:00:00Z");
    const { token, session } = await seekerSession(start);
    await validateSessionToken(db, token, "SEEKER", new Date(start.getTime() + 30_000));
    let row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.lastActiveAt).toEqual(start);
    await validateSessionToken(db, token, "SEEKER", new Date(start.getTime() + 61_000));
    row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.lastActiveAt).toEqual(new Date(start.getTime() + 61_000));
  });

  it("rejects sessions of suspended accounts and of accounts pending deletion", async () => {
    for (const status of ["SUSPENDED", "DELETION_PENDING"] as const) {
      const { user, token } = await seekerSession();
      await db.user.update({ where: { id: user.id }, data: { status } });
      expect(await validateSessionToken(db, token, "SEEKER")).toBeNull();
    }
  });

  it("carries the employer's company and role, nothing personal", async () => {
    const { company } = await createCompany(db);
    const { user, member } = await createEmployerMember(db, {
      companyId: company.id,
      role: "OWNER",
    });
    const { token } = await createSession(db, { userId: user.id, audience: "EMPLOYER" });
    const result = await validateSessionToken(db, token, "EMPLOYER");
    expect(result?.user.membership).toEqual({
      id: member.id,
      companyId: company.id,
      role: "OWNER",
      companyStatus: "ACTIVE",
      // Only the domain of the confirmed address (for domain blocks), never the address.
      confirmedEmailDomain: user.email.slice(user.email.indexOf("@") + 1).toLowerCase(),
    });
    expect(JSON.stringify(result)).not.toContain(user.email);
    // An address not confirmed (a changed one awaiting its link) gives no domain.
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
    const unconfirmed = await validateSessionToken(db, token, "EMPLOYER");
    expect(unconfirmed?.user.membership?.confirmedEmailDomain).toBeNull();
  });
});

describe("signing out", () => {
  it("ends every session but the current one, or all of them", async () => {
    const { user, token: current, session } = await seekerSession();
    const other = await createSession(db, { userId: user.id, audience: "SEEKER" });
    expect(await invalidateAllSessions(db, user.id, { except: session.id })).toBe(1);
    expect(await validateSessionToken(db, other.token, "SEEKER")).toBeNull();
    expect(await validateSessionToken(db, current, "SEEKER")).not.toBeNull();
    await invalidateAllSessions(db, user.id);
    expect(await validateSessionToken(db, current, "SEEKER")).toBeNull();
  });

  it("lets a user end a session from their list but not someone else's", async () => {
    const mine = await seekerSession();
    const theirs = await seekerSession();
    const list = await listSessions(db, mine.user.id, mine.session.id);
    expect(list).toEqual([
      expect.objectContaining({
        id: mine.session.id,
        current: true,
        userAgent: "Firefox on Linux",
      }),
    ]);
    expect(await invalidateUserSession(db, mine.user.id, theirs.session.id)).toBe(false);
    expect(await validateSessionToken(db, theirs.token, "SEEKER")).not.toBeNull();
    expect(await invalidateUserSession(db, mine.user.id, mine.session.id)).toBe(true);
    expect(await validateSessionToken(db, mine.token, "SEEKER")).toBeNull();
  });
});

describe("deleteExpiredSessions", () => {
  it("removes sessions past their idle timeout or lifetime and keeps live ones", async () => {
    const start = new Date("2025-09-01T00:00:00Z");
    const live = await seekerSession(start);
    const idle = await seekerSession(new Date(start.getTime() - 8 * DAY));
    await deleteExpiredSessions(db, start);
    expect(await db.session.findUnique({ where: { id: live.session.id } })).not.toBeNull();
    expect(await db.session.findUnique({ where: { id: idle.session.id } })).toBeNull();
  });
});
