import { createDb } from "@tsunagu/db";
import { createCompany, createEmployerMember, createSeeker } from "@tsunagu/db/testing";
import type { RedactedResume } from "@tsunagu/privacy";
import { drainOutbox, ensureIndex, indexName, resumeIndex, searchClient } from "@tsunagu/search";
import type { Index } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCandidate } from "../candidates/get-candidate";
import { loadPublicCard, saveCardSettings } from "../visibility/networking-card";
import {
  consentReceipt,
  loadPrivacyCenter,
  setConsent,
  setMarketingObjection,
  setRestriction,
} from "./consents";
import { loadDisclosures } from "./disclosures";

const db = createDb(process.env.DATABASE_URL!);
const name = `${indexName("resumes")}_privacy_center`;
let index: Index<RedactedResume>;
let caller: { companyId: string; memberId: string };

beforeAll(async () => {
  await ensureIndex("resumes", name);
  index = resumeIndex(name);
  const { company } = await createCompany(db, { plan: "pro" });
  const { member } = await createEmployerMember(db, { companyId: company.id });
  caller = { companyId: company.id, memberId: member.id };
}, 60_000);

afterAll(async () => {
  await searchClient().deleteIndex(name).waitTask();
  await db.$disconnect();
});

/** Whether the index holds the resume once the outbox is drained. */
const found = async (searchKey: string) => {
  await drainOutbox(db, index);
  return index.getDocument(searchKey).then(
    () => true,
    (error: unknown) => {
      if ((error as { cause?: { code?: string } }).cause?.code === "document_not_found")
        return false;
      throw error;
    },
  );
};
const eventsOf = (
  userId: string,
  purpose: "SEARCHABLE_PROFILE" | "NEWSLETTER" | "MARKETING" | "PARTNER_OFFERS" | "NETWORKING_CARD",
) =>
  db.consentEvent.findMany({
    where: { userId, purpose },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
  });

describe("the privacy center (F7)", () => {
  it("lists every purpose with its state and history, newest first, and never-asked purposes as off", async () => {
    const seeker = await createSeeker(db, { searchable: true, consents: ["NEWSLETTER"] });
    await setConsent(db, seeker.user.id, { purpose: "NEWSLETTER", granted: false });
    const center = await loadPrivacyCenter(db, seeker.user.id);
    expect(center.purposes.map((p) => p.purpose)).toEqual([
      "SEARCHABLE_PROFILE",
      "NETWORKING_CARD",
      "JOB_ALERTS",
      "NEWSLETTER",
      "MARKETING",
      "PARTNER_OFFERS",
      "TALENT_POOL",
      "ANALYTICS_COOKIES",
    ]);
    const newsletter = center.purposes.find((p) => p.purpose === "NEWSLETTER")!;
    expect(newsletter.granted).toBe(false);
    expect(newsletter.history.map((e) => [e.granted, e.source])).toEqual([
      [false, "PRIVACY_CENTER"],
      [true, "SIGN_UP"],
    ]);
    expect(center.purposes.find((p) => p.purpose === "SEARCHABLE_PROFILE")!.granted).toBe(true);
    expect(center.purposes.find((p) => p.purpose === "PARTNER_OFFERS")).toMatchObject({
      granted: false,
      latest: null,
      history: [],
    });
  });

  it("takes the resume out of search at once when the searchable-profile consent is withdrawn, and no company can open it", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    const key = seeker.profile.searchKey;
    expect(await found(key)).toBe(true);
    await setConsent(db, seeker.user.id, { purpose: "SEARCHABLE_PROFILE", granted: false });
    // The R4 re-check refuses it from this commit on, before the index has heard of it.
    await expect(getCandidate(db, caller, { candidateId: key })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await found(key)).toBe(false);
  });

  it("writes no second event when the state does not change", async () => {
    const seeker = await createSeeker(db, { consents: ["JOB_ALERTS"] });
    const again = await setConsent(db, seeker.user.id, { purpose: "JOB_ALERTS", granted: true });
    expect(again.changed).toBe(false);
    expect(
      await db.consentEvent.count({ where: { userId: seeker.user.id, purpose: "JOB_ALERTS" } }),
    ).toBe(1);
  });

  it("keeps the networking card and its consent together: withdrawing turns the card off, turning it on grants", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    const card = await saveCardSettings(db, seeker.user.id, {
      enabled: true,
      searchEnginesAllowed: false,
    });
    expect(await loadPublicCard(db, card.slug!)).not.toBeNull();
    expect(
      (await eventsOf(seeker.user.id, "NETWORKING_CARD")).map((e) => [e.granted, e.source]),
    ).toEqual([[true, "VISIBILITY_SETTINGS"]]);
    await setConsent(db, seeker.user.id, { purpose: "NETWORKING_CARD", granted: false });
    expect(await loadPublicCard(db, card.slug!)).toBeNull();
    expect(
      (await db.networkingCard.findUniqueOrThrow({ where: { slug: card.slug! } })).enabled,
    ).toBe(false);
  });

  it("an objection to marketing withdraws every marketing consent and refuses new ones until it is lifted", async () => {
    const seeker = await createSeeker(db, { consents: ["NEWSLETTER", "MARKETING", "JOB_ALERTS"] });
    await setMarketingObjection(db, seeker.user.id, true);
    const center = await loadPrivacyCenter(db, seeker.user.id);
    expect(center.marketingObjectedAt).not.toBeNull();
    const state = Object.fromEntries(center.purposes.map((p) => [p.purpose, p.granted]));
    expect(state).toMatchObject({
      NEWSLETTER: false,
      MARKETING: false,
      PARTNER_OFFERS: false,
      JOB_ALERTS: true,
    });
    // PARTNER_OFFERS was never granted: no event is invented for it.
    expect(await eventsOf(seeker.user.id, "PARTNER_OFFERS")).toEqual([]);
    await expect(
      setConsent(db, seeker.user.id, { purpose: "NEWSLETTER", granted: true }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await setMarketingObjection(db, seeker.user.id, false);
    expect(
      (await loadPrivacyCenter(db, seeker.user.id)).purposes.find(
        (p) => p.purpose === "NEWSLETTER",
      )!.granted,
    ).toBe(false);
    await setConsent(db, seeker.user.id, { purpose: "NEWSLETTER", granted: true });
    const actions = await db.auditEvent.findMany({
      where: { actorUserId: seeker.user.id },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "privacy.object_to_marketing",
      "privacy.marketing_objection_lifted",
    ]);
  });

  it("restriction takes the resume out of search and hides it from companies, reversibly", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    const key = seeker.profile.searchKey;
    expect(await found(key)).toBe(true);
    await setRestriction(db, seeker.user.id, true);
    await expect(getCandidate(db, caller, { candidateId: key })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await found(key)).toBe(false);
    await setRestriction(db, seeker.user.id, false);
    expect(await found(key)).toBe(true);
    const actions = await db.auditEvent.findMany({
      where: { actorUserId: seeker.user.id },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "privacy.restrict",
      "privacy.restriction_lifted",
    ]);
  });

  it("gives a receipt for the person's own consent event and nobody else's", async () => {
    const [seeker, other] = await Promise.all([
      createSeeker(db, { searchable: true }),
      createSeeker(db, { searchable: true }),
    ]);
    const [event] = await eventsOf(seeker.user.id, "SEARCHABLE_PROFILE");
    await expect(consentReceipt(db, seeker.user.id, event!.id)).resolves.toMatchObject({
      purpose: "SEARCHABLE_PROFILE",
      granted: true,
      email: seeker.user.email,
    });
    await expect(consentReceipt(db, other.user.id, event!.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lists which company saw what and why, filtered by kind and company, and only the seeker's own", async () => {
    const [seeker, other] = await Promise.all([
      createSeeker(db, { searchable: true }),
      createSeeker(db, { searchable: true }),
    ]);
    const { company: second } = await createCompany(db, { plan: "pro" });
    await getCandidate(db, caller, {
      candidateId: seeker.profile.searchKey,
      purpose: "Filling the welder role",
    });
    await db.disclosureLedgerEntry.createMany({
      data: [
        {
          profileId: seeker.profile.id,
          companyId: second.id,
          kind: "CONTACT_REVEAL",
          purpose: "Accepted invitation",
        },
        {
          profileId: other.profile.id,
          companyId: second.id,
          kind: "RESUME_VIEW",
          purpose: "Not yours",
        },
      ],
    });
    const all = await loadDisclosures(db, seeker.user.id, {});
    expect(all.entries.map((e) => [e.kind, e.purpose])).toEqual([
      ["CONTACT_REVEAL", "Accepted invitation"],
      ["RESUME_VIEW", "Filling the welder role"],
    ]);
    expect(all.companies.map((c) => c.id).sort()).toEqual([caller.companyId, second.id].sort());
    expect(
      (await loadDisclosures(db, seeker.user.id, { kind: "RESUME_VIEW" })).entries,
    ).toHaveLength(1);
    expect(
      (await loadDisclosures(db, seeker.user.id, { companyId: second.id })).entries.map(
        (e) => e.company.id,
      ),
    ).toEqual([second.id]);
  });
});
