import { createDb } from "@tsunagu/db";
import { createSeeker, grantConsent, withdrawConsent } from "@tsunagu/db/testing";
import { CURRENT_POLICY, POLICY_VERSIONS } from "@tsunagu/schemas/policy";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { loadPrivacyCenter } from "./consents";
import { answerPolicyReview, consentsToReview } from "./policy-review";

const db = createDb(process.env.DATABASE_URL!);
const FIRST = POLICY_VERSIONS[0]!.version;

afterAll(() => db.$disconnect());

describe("policy versions: consents to review", () => {
  it("asks about a purpose agreed to under a version that a later one changed, and only that", async () => {
    expect(CURRENT_POLICY.changedPurposes).toContain("PARTNER_OFFERS");
    const { user } = await createSeeker(db);
    await grantConsent(db, { userId: user.id, purpose: "PARTNER_OFFERS", policyVersion: FIRST });
    await grantConsent(db, { userId: user.id, purpose: "NEWSLETTER", policyVersion: FIRST });

    const due = [
      { purpose: "PARTNER_OFFERS", grantedUnder: FIRST, changedIn: CURRENT_POLICY.version },
    ];
    expect(await consentsToReview(db, user.id)).toEqual(due);
    // The privacy center finds the same from the history it already shows.
    expect((await loadPrivacyCenter(db, user.id)).toReview).toEqual(due);
  });

  it("keeping the consent records a grant against the current version and ends the review", async () => {
    const { user } = await createSeeker(db);
    await grantConsent(db, { userId: user.id, purpose: "PARTNER_OFFERS", policyVersion: FIRST });

    await expect(
      answerPolicyReview(db, user.id, { purpose: "PARTNER_OFFERS", keep: true }),
    ).resolves.toEqual({
      purpose: "PARTNER_OFFERS",
      granted: true,
      policyVersion: CURRENT_POLICY.version,
      remaining: 0,
    });

    const history = await db.consentEvent.findMany({
      where: { userId: user.id, purpose: "PARTNER_OFFERS" },
      orderBy: { occurredAt: "asc" },
      select: { granted: true, policyVersion: true },
    });
    expect(history).toEqual([
      { granted: true, policyVersion: FIRST },
      { granted: true, policyVersion: CURRENT_POLICY.version },
    ]);
    expect(await consentsToReview(db, user.id)).toEqual([]);
  });

  it("withdrawing records the withdrawal; a purpose already withdrawn or never given is not asked about", async () => {
    const { user } = await createSeeker(db);
    await grantConsent(db, { userId: user.id, purpose: "PARTNER_OFFERS", policyVersion: FIRST });
    await answerPolicyReview(db, user.id, { purpose: "PARTNER_OFFERS", keep: false });
    const latest = await db.consentEvent.findFirst({
      where: { userId: user.id, purpose: "PARTNER_OFFERS" },
      orderBy: { occurredAt: "desc" },
    });
    expect(latest).toMatchObject({ granted: false, policyVersion: CURRENT_POLICY.version });
    expect(await consentsToReview(db, user.id)).toEqual([]);

    const other = await createSeeker(db);
    await grantConsent(db, {
      userId: other.user.id,
      purpose: "PARTNER_OFFERS",
      policyVersion: FIRST,
    });
    await withdrawConsent(db, {
      userId: other.user.id,
      purpose: "PARTNER_OFFERS",
      policyVersion: FIRST,
    });
    expect(await consentsToReview(db, other.user.id)).toEqual([]);
    await expect(
      answerPolicyReview(db, other.user.id, { purpose: "PARTNER_OFFERS", keep: true }),
    ).rejects.toBeInstanceOf(AppError);
  });
});
