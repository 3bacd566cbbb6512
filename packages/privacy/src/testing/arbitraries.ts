/**
 * fast-check generators for resumes and the personal values hidden inside them. Test-only:
 * imported by the property tests of this package and of packages/search.
 */
import fc from "fast-check";
import type { LanguageLevel, ResumeRecord, VisaStatus } from "../resume";

export const FAMILY_NAMES = ["Nguyễn", "Trần", "Phạm", "Hoàng", "Đặng", "Phan", "Đỗ", "Tanaka", "佐藤", "Suzuki", "Smith", "Lê", "Vũ"];
export const GIVEN_NAMES = ["Thị Lan", "Văn Minh", "Quốc Bảo", "Hương", "太郎", "Yuki", "Emily", "Đức Anh", "Hải", "An", "ラン"];
export const EMPLOYERS = ["Toyota Motor Corporation", "株式会社サクラ食品", "FPT Software", "Rakuten Group", "Viettel Solutions", "Khách sạn Mường Thanh", "Tokyu Bay Front Hotel"];
export const STATIONS = ["Shin-Okubo Station", "新大久保駅", "Takadanobaba", "梅田駅", "Kita-Senju"];
export const FILLER = [
  "engineer", "welding", "quality", "control", "factory", "Kubernetes", "TypeScript", "品質管理",
  "kỹ", "sư", "xây", "dựng", "experience", "team", "customers", "logistics", "介護", "shift",
];
/**
 * Professional words that look like personal values to a careless scrubber: Vietnamese words
 * that differ from names only by diacritics or are name syllables, katakana words that contain
 * short names, English words that are name parts or generic parts of employer names. They must
 * survive scrubbing whatever personal data stands beside them.
 */
export const PROFESSIONAL_WORDS = [
  "Kỹ sư phần mềm", "văn phòng", "thị trường", "Lễ tân", "lễ tân khách sạn", "quản lý dự án",
  "hồ sơ", "phạm vi công việc", "an toàn lao động", "tiếng Anh thương mại", "công ty", "thông minh",
  "hằng ngày", "ngân hàng", "phát triển phần mềm", "Hà Nội", "trung tâm dữ liệu", "tài chính",
  "nhân viên", "khoa học máy tính", "văn hóa doanh nghiệp", "hải quan", "thi đỗ", "đạo đức",
  "phần mềm", "エンジニア", "フリーランス", "ランチ営業", "サービス", "マネージャー", "ブランド", "アンケート",
  "データ分析", "健康管理", "栄養指導", "品質管理", "front desk", "build", "do", "an", "motor",
  "software", "hotel", "group", "solutions", "long-term", "team lead", "may", "grace period",
];
const TLDS = ["com", "net", "vn", "jp", "co.jp", "com.vn", "io", "org"];
const SKILLS = ["Welding", "CAD", "Excel", "Forklift", "React", "Java", "Customer service", "介護福祉", "Hàn điện"];
const VISAS: VisaStatus[] = ["PERMANENT_RESIDENT", "ENGINEER_HUMANITIES_INTERNATIONAL", "SPECIFIED_SKILLED_WORKER_1", "STUDENT", "NEEDS_SPONSORSHIP", "JAPANESE_NATIONAL"];
const LEVELS: LanguageLevel[] = ["NATIVE", "JLPT_N1", "JLPT_N2", "JLPT_N3", "CEFR_B2", "CEFR_A1"];

const token = fc.stringMatching(/^[a-z][a-z0-9]{2,9}$/);
const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const toFullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

export const emailArb = fc
  .tuple(token, token, fc.constantFrom(...TLDS), fc.integer({ min: 0, max: 3 }))
  .map(([local, domain, tld, style]) => {
    if (style === 0) return `${local}@${domain}.${tld}`;
    if (style === 1) return `${local} at ${domain} dot ${tld.replace(".", " dot ")}`;
    if (style === 2) return `${local}(at)${domain}(dot)${tld.replace(".", "(dot)")}`;
    return `${local}[at]${domain}[dot]${tld.replace(".", "[dot]")}`;
  });

/** Everything people put between the digit groups of a phone number. */
export const PHONE_SEPARATORS = [
  " ", "", ".", "．", "/", "／", "・", "\u3000", "\u200b", "-", "\u2010", "\u2011", "\u2012",
  "\u2013", "\u2014", "\u2015", "\u2212", "\u301c", "\u30fc", "\ufe58", "\ufe63", "\uff0d",
  "\u2e3a", "\uff70", " - ",
];
const KANJI_NUMERALS = "〇一二三四五六七八九";
const toKanji = (s: string) => s.replace(/[0-9]/g, (d) => KANJI_NUMERALS[Number(d)]!);
const ENGLISH_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const VIETNAMESE_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
const inWords = (s: string, words: readonly string[]) =>
  s.replace(/[0-9]/g, (d) => ` ${words[Number(d)]!} `).replace(/\s+/g, " ").trim();

export const phoneArb = fc
  .tuple(
    fc.constantFrom("0", "+81 ", "+84 ", "(0", "+81-", "0084 "),
    digits(2),
    digits(3),
    digits(4),
    fc.constantFrom(...PHONE_SEPARATORS),
    fc.constantFrom("ascii", "full-width", "kanji", "one digit at a time", "English words", "Vietnamese words"),
  )
  .map(([prefix, a, b, c, sep, style]) => {
    const text = `${prefix}${a}${prefix === "(0" ? ")" : sep}${b}${sep}${c}`;
    if (style === "full-width") return toFullWidth(text);
    if (style === "kanji") return toKanji(text);
    if (style === "one digit at a time") return `0${a}${b}${c}`.split("").join(" ");
    if (style === "English words") return inWords(`0${a}${b}${c}`, ENGLISH_DIGITS);
    if (style === "Vietnamese words") return inWords(`0${a}${b}${c}`, VIETNAMESE_DIGITS);
    return text;
  });

export const urlArb = fc
  .tuple(fc.constantFrom("https://", "http://", "www.", ""), token, fc.constantFrom(...TLDS), token)
  .map(([scheme, host, tld, path]) => `${scheme}${host}.${tld}/${path}`);

export const handleArb = fc
  .tuple(fc.constantFrom("Zalo: ", "LINE ID ", "Skype: ", "Telegram @", "facebook: ", "Viber id "), token, digits(2))
  .map(([label, id, n]) => ({ label, id: `${id}${n}` }));

export interface Person {
  family: string;
  given: string;
  employer: string;
  station: string;
  /** The referee's full name: a referee is named in full, as a reader would recognise them. */
  referee: string;
  email: string;
  phone: string;
}

export const personArb: fc.Arbitrary<Person> = fc.record({
  family: fc.constantFrom(...FAMILY_NAMES),
  given: fc.constantFrom(...GIVEN_NAMES),
  employer: fc.constantFrom(...EMPLOYERS),
  station: fc.constantFrom(...STATIONS),
  referee: fc
    .tuple(fc.constantFrom(...FAMILY_NAMES), fc.constantFrom(...GIVEN_NAMES))
    .map(([family, given]) => `${family} ${given}`),
  email: token.map((t) => `${t}@mail.example.com`),
  phone: fc.tuple(digits(4), digits(4)).map(([a, b]) => `090-${a}-${b}`),
});

/** A piece of free text that must not survive scrubbing, and the part of it that must not leak. */
export interface Secret {
  kind: string;
  text: string;
  leak: string;
}

/** The name written as one word, as in handles and signatures: "NguyenThiLan", "佐藤太郎". */
function concatenatedName(who: Person, style: number): string {
  const joined = `${who.family}${who.given}`.replace(/\s+/gu, "");
  if (style === 0) return joined;
  if (style === 1) return joined.toLowerCase();
  if (style === 2) return joined.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d");
  return joined.toUpperCase();
}

export function secretArb(who: Person): fc.Arbitrary<Secret> {
  return fc.oneof(
    emailArb.map((text) => ({ kind: "email", text, leak: text })),
    phoneArb.map((text) => ({ kind: "phone", text, leak: text })),
    urlArb.map((text) => ({ kind: "url", text, leak: text })),
    handleArb.map(({ label, id }) => ({ kind: "handle", text: `${label}${id}`, leak: id })),
    fc.integer({ min: 0, max: 3 }).map((style) => {
      const text = concatenatedName(who, style);
      return { kind: "concatenated name", text, leak: text };
    }),
    fc.constantFrom<Secret>(
      { kind: "name", text: `${who.family} ${who.given}`, leak: who.family },
      { kind: "name", text: `${who.family} ${who.given}`.toUpperCase(), leak: who.given },
      { kind: "name", text: toFullWidth(`${who.family} ${who.given}`), leak: who.family },
      { kind: "name with a title", text: `anh ${who.given}`, leak: who.given },
      { kind: "name with an honorific", text: `${who.given}さん`, leak: who.given },
      { kind: "employer", text: who.employer, leak: who.employer },
      { kind: "station", text: who.station, leak: who.station.replace(/ Station$|駅$/u, "") },
      { kind: "referee", text: who.referee, leak: who.referee },
      { kind: "own email", text: who.email, leak: who.email },
      { kind: "own phone", text: who.phone, leak: who.phone },
    ),
  );
}

export type TextPart = { filler: string } | { secret: Secret };

/** Free text mixing the given words with secrets, and the parts it was made of. */
function textOf(words: readonly string[], who: Person): fc.Arbitrary<{ text: string; parts: TextPart[] }> {
  return fc
    .tuple(
      fc.array(
        fc.oneof(
          fc.constantFrom(...words).map((filler): TextPart => ({ filler })),
          secretArb(who).map((secret): TextPart => ({ secret })),
        ),
        { minLength: 1, maxLength: 10 },
      ),
      fc.constantFrom(" ", ", ", "\n", "。", " - "),
    )
    .map(([parts, glue]) => ({
      text: parts.map((p) => ("filler" in p ? p.filler : p.secret.text)).join(glue),
      parts,
    }));
}

/** Free text mixing ordinary words with secrets, and the parts it was made of. */
export function freeTextArb(who: Person): fc.Arbitrary<{ text: string; parts: TextPart[] }> {
  return textOf(FILLER, who);
}

/** Free text mixing professional words that resemble personal values with real secrets. */
export function professionalTextArb(who: Person): fc.Arbitrary<{ text: string; parts: TextPart[] }> {
  return textOf(PROFESSIONAL_WORDS, who);
}

const dateArb = fc.date({ min: new Date("1995-01-01"), max: new Date("2026-06-01"), noInvalidDate: true });

/** A resume whose professional free text hides the person's own values and contact patterns. */
export const resumeArb: fc.Arbitrary<{ resume: ResumeRecord; who: Person; secrets: Secret[] }> = personArb.chain((who) =>
  fc
    .record({
      headline: freeTextArb(who),
      summary: professionalTextArb(who),
      jobText: fc.array(fc.tuple(freeTextArb(who), freeTextArb(who), dateArb, fc.boolean()), { minLength: 0, maxLength: 3 }),
      skills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 4 }),
      languages: fc.uniqueArray(fc.tuple(fc.constantFrom("ja", "vi", "en"), fc.constantFrom(...LEVELS)), {
        selector: ([l]) => l,
        maxLength: 3,
      }),
      visa: fc.option(fc.constantFrom(...VISAS), { nil: null }),
      birthDate: dateArb,
      shareAgeBand: fc.boolean(),
      visibility: fc.constantFrom("PRIVATE" as const, "SEARCHABLE" as const),
      consent: fc.boolean(),
      status: fc.constantFrom("ACTIVE" as const, "SUSPENDED" as const, "DELETION_PENDING" as const),
      restricted: fc.boolean(),
    })
    .map((g) => {
      const resume: ResumeRecord = {
        profileId: "0195f0c2-7b1e-7a00-8000-00000000abcd",
        searchKey: "sk_7f3a9c",
        account: { status: g.status, processingRestricted: g.restricted },
        visibility: g.visibility,
        searchableConsentGranted: g.consent,
        blockedCompanyIds: [],
        blockedDomains: [],
        shareAgeBand: g.shareAgeBand,
        updatedAt: new Date("2026-11-01T00:00:00Z"),
        personal: {
          firstName: who.given,
          middleName: null,
          lastName: who.family,
          birthDate: g.birthDate,
          gender: "FEMALE",
          nationality: "VN",
          residenceCountry: "JP",
          residenceRegion: "JP-13",
          nearestStation: who.station,
          phone: who.phone,
          email: who.email,
          visaStatus: g.visa,
          photoUrl: "/uploads/photo-0195f0c2.jpg",
        },
        headline: g.headline.text,
        summary: g.summary.text,
        educationLevel: "BACHELOR",
        careerLevel: "MID",
        desiredJobTypes: ["FULL_TIME"],
        desiredLocations: ["JP-13", "JP-27"],
        desiredSalary: { min: 3_000_000, max: 4_500_000, currency: "JPY", period: "YEARLY" },
        availability: "WITHIN_ONE_MONTH",
        workExperiences: g.jobText.map(([title, description, start, isCurrent], i) => ({
          employerName: i === 0 ? who.employer : `${who.employer} Vietnam`,
          title: title.text,
          startDate: start,
          endDate: isCurrent ? null : new Date(start.getTime() + 400 * 86_400_000),
          isCurrent,
          description: description.text,
        })),
        educations: [{ institution: "Hanoi University of Science and Technology", level: "BACHELOR", fieldOfStudy: "Mechanical engineering", startDate: null, endDate: new Date("2015-06-30") }],
        languageSkills: g.languages.map(([language, level]) => ({ language, level })),
        skills: g.skills.map((name) => ({ name, years: 2 })),
        certifications: [{ name: "JLPT N2", issuer: "Japan Foundation", issuedOn: null, credentialId: "N2-4417-9921" }],
        referees: [{ name: who.referee, relationship: "Former manager", organisation: who.employer, email: "ref@mail.example.com", phone: "080-5555-0199" }],
      };
      const texts = [g.headline, g.summary, ...g.jobText.flatMap(([t, d]) => [t, d])];
      const secrets = texts.flatMap((t) => t.parts.flatMap((p) => ("secret" in p ? [p.secret] : [])));
      return { resume, who, secrets };
    }),
);
