import { createDb } from "@tsunagu/db";
import { createSeeker, grantConsent, withdrawConsent } from "@tsunagu/db/testing";
import { AccountMailer } from "@tsunagu/email";
import { isAddressedTo, startMailCatcher, type MailCatcher } from "@tsunagu/local-services";
import { CURRENT_POLICY, POLICY_VERSIONS } from "@tsunagu/schemas/policy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverOutboundEmail } from "../email/outbox";
import { queuePolicyChangeMail } from "./policy-change-mail";
import { answerPolicyReview } from "./policy-review";

const db = createDb(process.env.DATABASE_URL!);
const FIRST = POLICY_VERSIONS[0]!.version;
const links = {
  seekerLink: (path: string) => new URL(path, "https://jobs.tsunagu.test").toString(),
};
let catcher: MailCatcher;

beforeAll(async () => {
  catcher = await startMailCatcher({ viewerPort: false });
});
afterAll(async () => {
  await catcher.stop();
  await db.$disconnect();
});

const keyOf = (userId: string) => `policy-changed:${CURRENT_POLICY.version}:${userId}`;
const queuedFor = (userId: string) =>
  db.outboundEmail.findMany({ where: { userId, template: "account" } });

describe("policy versions by email (R7)", () => {
  it("writes once to each person whose consent a new version changed, in their language, and to no one else", async () => {
    expect(CURRENT_POLICY.changedPurposes).toContain("PARTNER_OFFERS");
    const concerned = await createSeeker(db, { locale: "vi" });
    await grantConsent(db, {
      userId: concerned.user.id,
      purpose: "PARTNER_OFFERS",
      policyVersion: FIRST,
    });
    // Agreed under the current version: nothing changed for them.
    const current = await createSeeker(db);
    await grantConsent(db, {
      userId: current.user.id,
      purpose: "PARTNER_OFFERS",
      policyVersion: CURRENT_POLICY.version,
    });
    // Withdrew before the change: nothing to review.
    const withdrawn = await createSeeker(db);
    await grantConsent(db, {
      userId: withdrawn.user.id,
      purpose: "PARTNER_OFFERS",
      policyVersion: FIRST,
    });
    await withdrawConsent(db, { userId: withdrawn.user.id, purpose: "PARTNER_OFFERS" });
    // Agreed to a purpose the new version did not change.
    const unchanged = await createSeeker(db);
    await grantConsent(db, {
      userId: unchanged.user.id,
      purpose: "NEWSLETTER",
      policyVersion: FIRST,
    });

    await queuePolicyChangeMail(db, links);
    // A second sweep (the next hour, a restarted worker) writes nothing more.
    await queuePolicyChangeMail(db, links);

    const rows = await queuedFor(concerned.user.id);
    expect(rows.map((row) => row.idempotencyKey)).toEqual([keyOf(concerned.user.id)]);
    expect(rows[0]!.category).toBe("ACCOUNT");
    for (const other of [current, withdrawn, unchanged]) {
      expect(await queuedFor(other.user.id)).toEqual([]);
    }

    const mailer = new AccountMailer({
      smtpUrl: catcher.smtpUrl,
      from: "Tsunagu <no-reply@tsunagu.test>",
    });
    expect(await deliverOutboundEmail(db, mailer, rows[0]!.id)).toBe("sent");
    const message = await catcher.waitForMessage(
      (m) => isAddressedTo(m, concerned.user.email),
      5_000,
    );
    expect(message.subject).toBe(
      "Chính sách quyền riêng tư đã thay đổi: vui lòng xem lại lựa chọn của bạn",
    );
    expect(message.text).toContain("https://jobs.tsunagu.test/privacy/review");
    expect(message.text).toContain("https://jobs.tsunagu.test/privacy-policy");
    // The change itself, in Vietnamese, from the policy's own notes.
    expect(message.text).toContain(CURRENT_POLICY.text.vi.changes[0]!);
    // Sent: the row keeps that it went, not what it said.
    const settled = await db.outboundEmail.findUniqueOrThrow({ where: { id: rows[0]!.id } });
    expect(settled).toMatchObject({ status: "SENT", payload: {} });
  });

  it("does not write to someone who already answered at sign-in", async () => {
    const { user } = await createSeeker(db);
    await grantConsent(db, { userId: user.id, purpose: "PARTNER_OFFERS", policyVersion: FIRST });
    await answerPolicyReview(db, user.id, { purpose: "PARTNER_OFFERS", keep: true });

    await queuePolicyChangeMail(db, links);
    expect(await queuedFor(user.id)).toEqual([]);
  });

  it("waits for a version's effective day", async () => {
    const { user } = await createSeeker(db);
    await grantConsent(db, { userId: user.id, purpose: "PARTNER_OFFERS", policyVersion: FIRST });
    const dayBefore = new Date(`${CURRENT_POLICY.effectiveOn}T00:00:00+09:00`);
    dayBefore.setUTCHours(dayBefore.getUTCHours() - 1);

    expect(await queuePolicyChangeMail(db, links, dayBefore)).toBe(0);
    expect(await queuedFor(user.id)).toEqual([]);
  });
});
