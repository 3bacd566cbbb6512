import { CARD_SLUG_PATTERN, newCardSlug, type Db } from "@tsunagu/db";
import { toNetworkingCard, type NetworkingCardView } from "@tsunagu/privacy";
import { loadResumesBySearchKey } from "@tsunagu/search";
import { recordConsent } from "../privacy-center/consents";

export interface CardSettings {
  enabled: boolean;
  /** Null until the seeker first turns the card on or asks for a link. */
  slug: string | null;
  searchEnginesAllowed: boolean;
}

export interface CardSettingsInput {
  enabled: boolean;
  searchEnginesAllowed: boolean;
}

const SETTINGS_SELECT = { enabled: true, slug: true, searchEnginesAllowed: true } as const;

async function profileIdOf(db: Pick<Db, "seekerProfile">, userId: string) {
  const { id } = await db.seekerProfile.findUniqueOrThrow({
    where: { userId },
    select: { id: true },
  });
  return id;
}

/** F3: the seeker's own card settings. */
export async function loadCardSettings(db: Db, userId: string): Promise<CardSettings> {
  const profile = await db.seekerProfile.findUniqueOrThrow({
    where: { userId },
    select: { networkingCard: { select: SETTINGS_SELECT } },
  });
  return profile.networkingCard ?? { enabled: false, slug: null, searchEnginesAllowed: false };
}

/**
 * F3: the card on or off, and whether search engines may index it; effective at once, since
 * the public page reads the row on every request. The first save creates the card with a
 * random slug. Turning it on or off is also the networking-card consent (F7), recorded in the
 * same transaction when it changes. The card is not part of the search index (R1), so no
 * outbox event is written.
 */
export async function saveCardSettings(
  db: Db,
  userId: string,
  input: CardSettingsInput,
  now = new Date(),
): Promise<CardSettings> {
  const profileId = await profileIdOf(db, userId);
  return db.$transaction(async (tx) => {
    await recordConsent(tx, userId, "NETWORKING_CARD", input.enabled, "VISIBILITY_SETTINGS", now);
    return tx.networkingCard.upsert({
      where: { profileId },
      create: { profileId, slug: newCardSlug(), ...input },
      update: input,
      select: SETTINGS_SELECT,
    });
  });
}

/** F3: "make a new link": a new random slug; the old link stops working with this commit. */
export async function regenerateCardSlug(db: Db, userId: string): Promise<CardSettings> {
  const profileId = await profileIdOf(db, userId);
  const slug = newCardSlug();
  return db.networkingCard.upsert({
    where: { profileId },
    create: { profileId, slug },
    update: { slug },
    select: SETTINGS_SELECT,
  });
}

export interface PublicCard {
  card: NetworkingCardView;
  searchEnginesAllowed: boolean;
}

/**
 * F3: the public card behind a slug, through the privacy projection (no contact data), or null
 * when there is none to show: unknown or malformed slug, card off, account not active or
 * restricted. Every case answers the same, so slugs cannot be probed.
 */
export async function loadPublicCard(db: Db, slug: string): Promise<PublicCard | null> {
  if (!CARD_SLUG_PATTERN.test(slug)) return null;
  const row = await db.networkingCard.findUnique({
    where: { slug },
    select: { enabled: true, searchEnginesAllowed: true, profile: { select: { searchKey: true } } },
  });
  if (!row?.enabled) return null;
  const { searchKey } = row.profile;
  const resume = (await loadResumesBySearchKey(db, [searchKey])).get(searchKey);
  const card = resume ? toNetworkingCard(resume, { enabled: row.enabled }) : null;
  return card ? { card, searchEnginesAllowed: row.searchEnginesAllowed } : null;
}
