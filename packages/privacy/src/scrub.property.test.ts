import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCRUB_MARKER, scrubFreeText, type PersonalTerms } from "./scrub";
import { freeTextArb, personArb, professionalTextArb, type Person, type TextPart } from "./testing/arbitraries";
import { containsWord, contactPatternIn, withoutWords } from "./testing/leaks";

const termsOf = (who: Person): PersonalTerms => ({
  names: [who.family, who.given, `${who.family} ${who.given}`, who.referee],
  employers: [who.employer],
  places: [who.station],
  literals: [who.email, who.phone],
});

function expectScrubbed(text: string, parts: readonly TextPart[], out: string): void {
  // The ordinary words are checked to survive elsewhere; a leak is a value outside them.
  const rest = withoutWords(out, parts.flatMap((p) => ("filler" in p ? [p.filler] : [])));
  for (const part of parts) {
    if ("secret" in part) {
      expect(containsWord(rest, part.secret.leak), `${part.secret.kind} leaked from ${JSON.stringify(text)}: ${JSON.stringify(out)}`).toBe(false);
    }
  }
  expect(contactPatternIn(out), JSON.stringify(out)).toBeNull();
}

describe("scrubFreeText (property)", () => {
  it("never lets a contact pattern or a personal value through, and keeps the words around it", () => {
    fc.assert(
      fc.property(
        personArb.chain((who) => fc.tuple(fc.constant(who), freeTextArb(who))),
        ([who, { text, parts }]) => {
          const out = scrubFreeText(text, termsOf(who));
          expectScrubbed(text, parts, out);
          const withoutMarkers = out.split(SCRUB_MARKER).join(" ");
          for (const part of parts) if ("filler" in part) expect(withoutMarkers).toContain(part.filler);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);

  it("keeps professional words that resemble personal values, whole, beside the personal data it hides", () => {
    fc.assert(
      fc.property(
        personArb.chain((who) => fc.tuple(fc.constant(who), professionalTextArb(who))),
        ([who, { text, parts }]) => {
          const out = scrubFreeText(text, termsOf(who));
          expectScrubbed(text, parts, out);
          // Each professional word is still there as written, not broken by a marker.
          const pieces = out.split(SCRUB_MARKER);
          for (const part of parts) {
            if ("filler" in part) {
              expect(pieces.some((piece) => piece.includes(part.filler)), `${JSON.stringify(part.filler)} lost in ${JSON.stringify(out)}`).toBe(true);
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});
