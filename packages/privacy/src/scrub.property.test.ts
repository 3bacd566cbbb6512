import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCRUB_MARKER, scrubFreeText, type PersonalTerms } from "./scrub";
import { freeTextArb, personArb } from "./testing/arbitraries";
import { containsWord, contactPatternIn } from "./testing/leaks";

describe("scrubFreeText (property)", () => {
  it("never lets a contact pattern or a personal value through, and keeps the words around it", () => {
    fc.assert(
      fc.property(
        personArb.chain((who) => fc.tuple(fc.constant(who), freeTextArb(who))),
        ([who, { text, parts }]) => {
          const terms: PersonalTerms = {
            names: [who.family, who.given, `${who.family} ${who.given}`, who.referee],
            employers: [who.employer],
            places: [who.station],
            literals: [who.email, who.phone],
          };
          const out = scrubFreeText(text, terms);

          for (const part of parts) {
            if ("secret" in part) {
              expect(containsWord(out, part.secret.leak), `${part.secret.kind} leaked from ${JSON.stringify(text)}`).toBe(false);
            }
          }
          expect(contactPatternIn(out)).toBeNull();

          const withoutMarkers = out.split(SCRUB_MARKER).join(" ");
          for (const part of parts) if ("filler" in part) expect(withoutMarkers).toContain(part.filler);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);
});
