import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import {
  describeUnsubscribeToken,
  issueUnsubscribeToken,
  loadSeekerEmailPreferences,
  maySend,
  saveSeekerEmailPreferences,
  suppressionHash,
  unsubscribeWithToken,
} from "./preferences";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("email preferences per category (F8)", () => {
  it("starts with invitations and alerts on, newsletters and resume reminders off", async () => {
    const { user } = await createSeeker(db);
    expect(await loadSeekerEmailPreferences(db, user.id)).toEqual({
      INVITATIONS: true,
      JOB_ALERTS: true,
      NEWSLETTER: false,
      RESUME_REMINDERS: false,
    });
    expect(
      await maySend(db, { userId: user.id, address: user.email, category: "NEWSLETTER" }),
    ).toBe(false);
  });

  it("keeps what the seeker chose, and the send-time check follows it; account mail is always sent", async () => {
    const { user } = await createSeeker(db);
    await saveSeekerEmailPreferences(db, user.id, {
      INVITATIONS: false,
      JOB_ALERTS: true,
      NEWSLETTER: true,
      RESUME_REMINDERS: true,
    });
    expect(await loadSeekerEmailPreferences(db, user.id)).toEqual({
      INVITATIONS: false,
      JOB_ALERTS: true,
      NEWSLETTER: true,
      RESUME_REMINDERS: true,
    });
    const to = { userId: user.id, address: user.email };
    expect(await maySend(db, { ...to, category: "INVITATIONS" })).toBe(false);
    expect(await maySend(db, { ...to, category: "RESUME_REMINDERS" })).toBe(true);
    expect(await maySend(db, { ...to, category: "ACCOUNT" })).toBe(true);
  });

  it("sends nothing to a suppressed address, whatever the preference", async () => {
    const { user } = await createSeeker(db);
    await db.emailSuppression.create({
      data: { emailHash: suppressionHash(user.email.toUpperCase()), reason: "HARD_BOUNCE" },
    });
    expect(
      await maySend(db, { userId: user.id, address: user.email, category: "INVITATIONS" }),
    ).toBe(false);
  });
});

describe("one-click unsubscribe tokens (F8, RFC 8058)", () => {
  it("turns the token's category off, and a repeated POST changes nothing", async () => {
    const { user } = await createSeeker(db);
    const token = await issueUnsubscribeToken(db, user.id, "INVITATIONS");
    expect(await describeUnsubscribeToken(db, token)).toEqual({
      category: "INVITATIONS",
      unsubscribed: false,
    });
    expect(await unsubscribeWithToken(db, token)).toEqual({ category: "INVITATIONS" });
    expect(await unsubscribeWithToken(db, token)).toEqual({ category: "INVITATIONS" });
    expect(await describeUnsubscribeToken(db, token)).toEqual({
      category: "INVITATIONS",
      unsubscribed: true,
    });
    expect((await loadSeekerEmailPreferences(db, user.id)).INVITATIONS).toBe(false);
    expect((await loadSeekerEmailPreferences(db, user.id)).JOB_ALERTS).toBe(true);
    const stored = await db.unsubscribeToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(Buffer.from(stored.tokenHash).toString("base64url")).not.toBe(token);
  });

  it("knows nothing of a token it never issued", async () => {
    const unknown = "x".repeat(43);
    expect(await describeUnsubscribeToken(db, unknown)).toBeNull();
    expect(await unsubscribeWithToken(db, unknown)).toBeNull();
  });
});
