import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";

/**
 * A networking card's public slug (F3): 15 random bytes (120 bits) as 24 base32 characters.
 * Never derived from the name, so a card cannot be found by guessing or probing slugs, and a
 * regenerated slug shares nothing with the old one.
 */
export function newCardSlug(): string {
  const bytes = new Uint8Array(15);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** What a card slug looks like, so a malformed one is refused before any database query. */
export const CARD_SLUG_PATTERN = /^[a-z2-7]{24}$/;
