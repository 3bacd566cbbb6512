import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { CURRENT_POLICY_VERSION } from "./policy";
import { loadVisibilitySettings, saveVisibilitySettings } from "./visibility-settings";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function outboxEventsFor(searchKey: string, since: Date) {
  return db.searchOutboxEvent.findMany({
    where: { aggregateKind: "RESUME", aggregateId: searchKey, createdAt: { gte: since } },
  });
}

const consentsOf = (userId: string) =>
  db.consentEvent.findMany({
    where: { userId, purpose: "SEARCHABLE_PROFILE" },
    orderBy: { occurredAt: "asc" },
  });

describe("visibility settings", () => {
  it("refuses SEARCHABLE without the searchable-profile consent, and changes nothing", async () => {
    const seeker = await createSeeker(db);
    const refused = saveVisibilitySettings(db, seeker.user.id, {
      visibility: "SEARCHABLE",
      shareAgeBand: false,
      consentSearchable: false,
    });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({
      fieldProblem: { field: "consentSearchable", key: "consentRequired" },
    });
    expect((await loadVisibilitySettings(db, seeker.user.id)).visibility).toBe("PRIVATE");
    expect(await consentsOf(seeker.user.id)).toHaveLength(0);
  });

  it("going SEARCHABLE with the box ticked records the consent against the current policy, and the index hears of it", async () => {
    const seeker = await createSeeker(db);
    const before = new Date(Date.now() - 1);
    await saveVisibilitySettings(db, seeker.user.id, {
      visibility: "SEARCHABLE",
      shareAgeBand: true,
      consentSearchable: true,
    });
    const settings = await loadVisibilitySettings(db, seeker.user.id);
    expect(settings).toMatchObject({
      visibility: "SEARCHABLE",
      shareAgeBand: true,
      consent: { policyVersion: CURRENT_POLICY_VERSION },
    });
    const consents = await consentsOf(seeker.user.id);
    expect(consents).toEqual([
      expect.objectContaining({
        granted: true,
        source: "VISIBILITY_SETTINGS",
        policyVersion: CURRENT_POLICY_VERSION,
      }),
    ]);
    const reasons = (await outboxEventsFor(seeker.profile.searchKey, before)).map((e) => e.reason);
    expect(reasons).toEqual(expect.arrayContaining(["consent.granted", "profile.update"]));
  });

  it("does not record a second consent while one is granted, and PRIVATE keeps the consent", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    await saveVisibilitySettings(db, seeker.user.id, {
      visibility: "SEARCHABLE",
      shareAgeBand: false,
      consentSearchable: false,
    });
    expect(await consentsOf(seeker.user.id)).toHaveLength(1);

    const before = new Date(Date.now() - 1);
    await saveVisibilitySettings(db, seeker.user.id, {
      visibility: "PRIVATE",
      shareAgeBand: false,
      consentSearchable: false,
    });
    expect((await loadVisibilitySettings(db, seeker.user.id)).visibility).toBe("PRIVATE");
    expect(await consentsOf(seeker.user.id)).toHaveLength(1);
    expect(
      (await outboxEventsFor(seeker.profile.searchKey, before)).map((e) => e.reason),
    ).toContain("profile.update");
  });
});
