import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { SCRUB_MARKER, scrubFreeText, type PersonalTerms } from "./scrub";

const FAMILY = ["Nguyễn", "Trần", "Phạm", "Hoàng", "Đặng", "Tanaka", "佐藤", "Suzuki", "Smith", "Lê"];
const GIVEN = ["Thị Lan", "Văn Minh", "Quốc Bảo", "Hương", "太郎", "Yuki", "Emily", "Đức Anh"];
const EMPLOYERS = ["Toyota Motor Corporation", "株式会社サクラ食品", "FPT Software", "Rakuten Group"];
const STATIONS = ["Shin-Okubo Station", "新大久保駅", "Takadanobaba", "梅田駅"];
const FILLER = [
  "engineer", "welding", "quality", "control", "factory", "Kubernetes", "TypeScript", "品質管理",
  "kỹ", "sư", "xây", "dựng", "experience", "team", "customers", "logistics", "介護", "shift",
];
const TLDS = ["com", "net", "vn", "jp", "co.jp", "com.vn", "io", "org"];

const token = fc.stringMatching(/^[a-z][a-z0-9]{2,9}$/);
const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

const email = fc
  .tuple(token, token, fc.constantFrom(...TLDS), fc.integer({ min: 0, max: 3 }))
  .map(([local, domain, tld, style]) => {
    const dotted = `${domain}.${tld}`;
    if (style === 0) return `${local}@${dotted}`;
    if (style === 1) return `${local} at ${domain} dot ${tld.replace(".", " dot ")}`;
    if (style === 2) return `${local}(at)${domain}(dot)${tld.replace(".", "(dot)")}`;
    return `${local}[at]${domain}[dot]${tld.replace(".", "[dot]")}`;
  });

const phone = fc
  .tuple(
    fc.constantFrom("0", "+81 ", "+84 ", "(0", "+81-", "0084 "),
    digits(2),
    digits(3),
    digits(4),
    fc.constantFrom(" ", "-", ".", "", "ー", "・"),
    fc.boolean(),
  )
  .map(([prefix, a, b, c, sep, wide]) => {
    const open = prefix === "(0";
    const text = `${prefix}${a}${open ? ")" : sep}${b}${sep}${c}`;
    return wide ? toFullWidth(text) : text;
  });

const url = fc
  .tuple(fc.constantFrom("https://", "http://", "www.", ""), token, fc.constantFrom(...TLDS), token)
  .map(([scheme, host, tld, path]) => `${scheme}${host}.${tld}/${path}`);

const handle = fc
  .tuple(fc.constantFrom("Zalo: ", "LINE ID ", "Skype: ", "Telegram @", "facebook: ", "Viber id "), token, digits(2))
  .map(([label, id, n]) => ({ label, id: `${id}${n}` }));

const person = fc.record({
  family: fc.constantFrom(...FAMILY),
  given: fc.constantFrom(...GIVEN),
  employer: fc.constantFrom(...EMPLOYERS),
  station: fc.constantFrom(...STATIONS),
  referee: fc.constantFrom(...FAMILY),
});

type Secret = { kind: string; text: string; leak: string };

const secret = (p: fc.Arbitrary<{ family: string; given: string; employer: string; station: string; referee: string }>) =>
  p.chain((who) =>
    fc.oneof(
      email.map((text): Secret => ({ kind: "email", text, leak: text })),
      phone.map((text): Secret => ({ kind: "phone", text, leak: text })),
      url.map((text): Secret => ({ kind: "url", text, leak: text })),
      handle.map(({ label, id }): Secret => ({ kind: "handle", text: `${label}${id}`, leak: id })),
      fc.constantFrom<Secret>(
        { kind: "name", text: `${who.family} ${who.given}`, leak: who.family },
        { kind: "name", text: who.given.toUpperCase(), leak: who.given },
        { kind: "employer", text: who.employer, leak: who.employer },
        { kind: "station", text: who.station, leak: who.station },
        { kind: "referee", text: who.referee, leak: who.referee },
      ),
    ),
  );

/** Latin values count as leaked when they stand as a word ("le" in "telegram" is not "Lê"). */
function containsWord(haystack: string, needle: string): boolean {
  if (!/^[a-z0-9]/.test(needle)) return haystack.includes(needle);
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`).test(haystack);
}

describe("scrubFreeText (property)", () => {
  it("never lets a contact pattern or a personal value through, and keeps the words around it", () => {
    fc.assert(
      fc.property(
        person.chain((who) =>
          fc.tuple(
            fc.constant(who),
            fc.array(fc.oneof(fc.constantFrom(...FILLER).map((w) => ({ filler: w })), secret(fc.constant(who)).map((s) => ({ secret: s }))), {
              minLength: 1,
              maxLength: 12,
            }),
            fc.constantFrom(" ", ", ", "\n", "。", " - "),
          ),
        ),
        ([who, parts, glue]) => {
          const terms: PersonalTerms = {
            names: [who.family, who.given, `${who.family} ${who.given}`, who.referee],
            employers: [who.employer],
            places: [who.station],
            literals: [],
          };
          const text = parts.map((p) => ("filler" in p ? p.filler : p.secret.text)).join(glue);
          const out = scrubFreeText(text, terms);
          const foldedOut = fold(out);

          for (const part of parts) {
            if ("secret" in part) {
              const leak = fold(part.secret.leak);
              const core = part.secret.kind === "station" ? leak.replace(/ station$|駅$/u, "") : leak;
              expect(containsWord(foldedOut, core), `${part.secret.kind} leaked from ${JSON.stringify(text)}`).toBe(false);
            }
          }
          expect(out).not.toMatch(/[@＠]/);
          expect(out.normalize("NFKC").replace(/[^0-9]/g, "")).not.toMatch(/[0-9]{9}/);

          const keptWords = parts.filter((p) => "filler" in p).map((p) => ("filler" in p ? p.filler : ""));
          const withoutMarkers = out.split(SCRUB_MARKER).join(" ");
          for (const word of keptWords) expect(withoutMarkers).toContain(word);
        },
      ),
      { numRuns: 500 },
    );
  });
});
