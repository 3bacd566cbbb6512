import { createDb, CARD_SLUG_PATTERN } from "@tsunagu/db";
import { createSeeker, slugify } from "@tsunagu/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import {
  loadCardSettings,
  loadPublicCard,
  regenerateCardSlug,
  saveCardSettings,
} from "./networking-card";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("networking card (real PostgreSQL)", () => {
  it("starts off with no link, and the first save makes a random slug not derived from the name", async () => {
    const seeker = await createSeeker(db, { locale: "vi" });
    expect(await loadCardSettings(db, seeker.user.id)).toEqual({
      enabled: false,
      slug: null,
      searchEnginesAllowed: false,
    });

    const saved = await saveCardSettings(db, seeker.user.id, {
      enabled: true,
      searchEnginesAllowed: false,
    });
    expect(saved).toMatchObject({ enabled: true, searchEnginesAllowed: false });
    expect(saved.slug).toMatch(CARD_SLUG_PATTERN);
    const { firstName, lastName } = seeker.resume.person;
    for (const part of [slugify(firstName ?? ""), slugify(lastName ?? "")].filter(
      (p) => p.length > 2,
    )) {
      expect(saved.slug).not.toContain(part);
    }
    expect(await loadCardSettings(db, seeker.user.id)).toEqual(saved);

    const other = await createSeeker(db);
    const otherSaved = await saveCardSettings(db, other.user.id, {
      enabled: true,
      searchEnginesAllowed: false,
    });
    expect(otherSaved.slug).not.toBe(saved.slug);
  });

  it("shows only what a card may show, and nothing while it is off", async () => {
    const seeker = await createSeeker(db, { locale: "en" });
    const { slug } = await saveCardSettings(db, seeker.user.id, {
      enabled: true,
      searchEnginesAllowed: false,
    });
    const found = await loadPublicCard(db, slug!);
    expect(found).not.toBeNull();
    expect(found!.searchEnginesAllowed).toBe(false);
    expect(found!.card.displayName).toBe(seeker.resume.person.firstName);
    const shown = JSON.stringify(found);
    const { person } = seeker.resume;
    for (const secret of [
      person.lastName,
      person.phone,
      seeker.user.email,
      person.nearestStation,
      person.birthDate.toISOString().slice(0, 10),
    ]) {
      if (secret) expect(shown).not.toContain(secret);
    }
    for (const job of seeker.resume.workExperiences) expect(shown).not.toContain(job.employerName);

    await saveCardSettings(db, seeker.user.id, { enabled: false, searchEnginesAllowed: false });
    expect(await loadPublicCard(db, slug!)).toBeNull();
  });

  it("a new link replaces the old one at once; the search-engine opt-in is stored apart", async () => {
    const seeker = await createSeeker(db);
    const first = await saveCardSettings(db, seeker.user.id, {
      enabled: true,
      searchEnginesAllowed: false,
    });
    const second = await regenerateCardSlug(db, seeker.user.id);
    expect(second.slug).toMatch(CARD_SLUG_PATTERN);
    expect(second.slug).not.toBe(first.slug);
    expect(second.enabled).toBe(true);
    expect(await loadPublicCard(db, first.slug!)).toBeNull();
    expect(await loadPublicCard(db, second.slug!)).not.toBeNull();

    await saveCardSettings(db, seeker.user.id, { enabled: true, searchEnginesAllowed: true });
    expect((await loadPublicCard(db, second.slug!))?.searchEnginesAllowed).toBe(true);
    expect((await loadCardSettings(db, seeker.user.id)).slug).toBe(second.slug);
  });

  it("answers an unknown, malformed or restricted account's slug the same: nothing", async () => {
    const seeker = await createSeeker(db);
    const { slug } = await saveCardSettings(db, seeker.user.id, {
      enabled: true,
      searchEnginesAllowed: true,
    });
    expect(await loadPublicCard(db, "a".repeat(24))).toBeNull();
    expect(await loadPublicCard(db, "../etc/passwd")).toBeNull();
    await db.user.update({
      where: { id: seeker.user.id },
      data: { processingRestrictedAt: new Date() },
    });
    expect(await loadPublicCard(db, slug!)).toBeNull();
  });

  it("writes no search outbox event: the card is not in the search index", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    const before = new Date(Date.now() - 1);
    await saveCardSettings(db, seeker.user.id, { enabled: true, searchEnginesAllowed: false });
    await regenerateCardSlug(db, seeker.user.id);
    const events = await db.searchOutboxEvent.findMany({
      where: { aggregateId: seeker.profile.searchKey, createdAt: { gte: before } },
    });
    expect(events).toEqual([]);
  });
});
