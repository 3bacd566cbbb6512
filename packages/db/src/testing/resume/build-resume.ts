/**
 * Generates one believable resume as plain data, without touching the database. Both the
 * factories (Prisma nested create) and the bulk generator (COPY) start from this, so tests,
 * the demo world and benchmarks share one set of distributions.
 */
import { Faker, base, en, en_GB, en_IN, id_ID, ja, zh_CN } from "@faker-js/faker";

import type {
  Availability,
  CareerLevel,
  EducationLevel,
  EmploymentType,
  Gender,
  LanguageLevel,
  SalaryPeriod,
  VisaStatus,
} from "../../generated/prisma/enums";
import {
  careerLevelFor,
  EDUCATION_LEVELS,
  EMPLOYERS,
  LANGUAGE_SCHOOLS,
  NATIONALITIES,
  OCCUPATIONS,
  PREFECTURES,
  REMOTE_LOCATION,
  UNIVERSITIES,
  UNRESTRICTED_VISAS,
  VIETNAMESE_FAMILY_NAMES,
  VIETNAMESE_GIVEN_NAMES,
  VIETNAMESE_MIDDLE_NAMES,
  type Occupation,
  type ResumeLocale,
  type Weighted,
} from "./catalog";

export interface ResumePerson {
  firstName: string;
  middleName: string | null;
  lastName: string;
  birthDate: Date;
  gender: Gender;
  nationality: string;
  residenceCountry: string;
  /** A prefecture code in Japan; none elsewhere (the database keeps no region abroad). */
  residenceRegion: string | null;
  nearestStation: string | null;
  phone: string;
  visaStatus: VisaStatus;
  visaExpiresOn: Date | null;
}

export interface ResumeProfessional {
  headline: string;
  summary: string;
  educationLevel: EducationLevel;
  careerLevel: CareerLevel;
  desiredJobTypes: EmploymentType[];
  desiredLocations: string[];
  desiredSalaryMin: number;
  desiredSalaryMax: number;
  desiredSalaryCurrency: string;
  desiredSalaryPeriod: SalaryPeriod;
  availability: Availability;
  availableFrom: Date | null;
  shareAgeBand: boolean;
}

export interface ResumeWorkExperience {
  employerName: string;
  title: string;
  startDate: Date;
  endDate: Date | null;
  isCurrent: boolean;
  description: string;
  position: number;
}

export interface ResumeEducation {
  institution: string;
  level: EducationLevel;
  fieldOfStudy: string | null;
  startDate: Date;
  endDate: Date | null;
  position: number;
}

export interface ResumeLanguageSkill {
  language: string;
  level: LanguageLevel;
}

export interface ResumeSkill {
  name: string;
  years: number;
}

export interface ResumeCertification {
  name: string;
  issuer: string | null;
  issuedOn: Date;
}

export interface ResumeReferee {
  name: string;
  relationship: string;
  organisation: string;
  email: string;
  phone: string;
}

export interface ResumeDraft {
  locale: ResumeLocale;
  occupation: string;
  yearsOfExperience: number;
  person: ResumePerson;
  professional: ResumeProfessional;
  workExperiences: ResumeWorkExperience[];
  educations: ResumeEducation[];
  languageSkills: ResumeLanguageSkill[];
  skills: ResumeSkill[];
  certifications: ResumeCertification[];
  referees: ResumeReferee[];
  /**
   * The contact sentence written into the summary (see contactInSummaryRate), or null. Kept
   * so that measurements of the scrubber know which free text really held personal data.
   */
  contactInSummary: string | null;
}

export interface BuildResumeOptions {
  locale: ResumeLocale;
  /** Reference date for ages and employment dates (defaults to now). */
  now?: Date;
  /**
   * Share of resumes whose summary contains contact details, as real seekers often write them
   * ("Zalo: 0912 …"); exercises the free-text scrubbing of packages/privacy.
   */
  contactInSummaryRate?: number;
  /** Share of resumes with a referee (with consent attestation). */
  refereeRate?: number;
}

const nameFakers = {
  en: new Faker({ locale: [en, base] }),
  en_GB: new Faker({ locale: [en_GB, en, base] }),
  en_IN: new Faker({ locale: [en_IN, en, base] }),
  id_ID: new Faker({ locale: [id_ID, en, base] }),
  ja: new Faker({ locale: [ja, base] }),
  zh_CN: new Faker({ locale: [zh_CN, base] }),
};

function pick<T>(faker: Faker, items: readonly Weighted<T>[]): T {
  return faker.helpers.weightedArrayElement(
    items.map((item) => ({ value: item.value, weight: item.weight })),
  );
}

function utcDate(year: number, month: number, day = 1): Date {
  return new Date(Date.UTC(year, month, day));
}

function monthsBefore(date: Date, months: number): Date {
  return utcDate(date.getUTCFullYear(), date.getUTCMonth() - months, 1);
}

function digits(faker: Faker, count: number): string {
  return faker.string.numeric({ length: count, allowLeadingZeros: true });
}

function phoneFor(faker: Faker, residenceCountry: string): string {
  if (residenceCountry === "JP")
    return `+81 ${faker.helpers.arrayElement(["70", "80", "90"])}-${digits(faker, 4)}-${digits(faker, 4)}`;
  if (residenceCountry === "VN")
    return `+84 ${faker.helpers.arrayElement(["90", "91", "93", "96", "97", "98", "86"])}${digits(faker, 1)} ${digits(faker, 3)} ${digits(faker, 3)}`;
  return `+${faker.helpers.arrayElement(["63", "91", "62", "977", "1", "44"])} ${digits(faker, 3)} ${digits(faker, 3)} ${digits(faker, 4)}`;
}

function personName(
  faker: Faker,
  nationality: string,
  gender: Gender,
): Pick<ResumePerson, "firstName" | "middleName" | "lastName"> {
  const sex = gender === "FEMALE" ? "female" : "male";
  if (nationality === "VN") {
    return {
      lastName: pick(faker, VIETNAMESE_FAMILY_NAMES),
      middleName: faker.helpers.arrayElement(VIETNAMESE_MIDDLE_NAMES[sex]),
      firstName: faker.helpers.arrayElement(VIETNAMESE_GIVEN_NAMES[sex]),
    };
  }
  const source =
    nationality === "JP"
      ? nameFakers.ja
      : nationality === "CN"
        ? nameFakers.zh_CN
        : nationality === "IN" || nationality === "NP"
          ? nameFakers.en_IN
          : nationality === "ID"
            ? nameFakers.id_ID
            : nationality === "GB"
              ? nameFakers.en_GB
              : nameFakers.en;
  source.seed(faker.number.int({ max: 2 ** 31 }));
  return {
    firstName: source.person.firstName(sex),
    middleName: null,
    lastName: source.person.lastName(sex),
  };
}

function residenceFor(faker: Faker, locale: ResumeLocale, nationality: string): "JP" | string {
  if (nationality === "JP" || locale === "ja") return "JP";
  const shareInJapan = locale === "vi" ? 0.6 : 0.7;
  return faker.datatype.boolean({ probability: shareInJapan }) ? "JP" : nationality;
}

function visaFor(
  faker: Faker,
  nationality: string,
  residenceCountry: string,
  occupation: Occupation,
  years: number,
): VisaStatus {
  if (nationality === "JP") return "JAPANESE_NATIONAL";
  if (residenceCountry !== "JP") return "NEEDS_SPONSORSHIP";
  // Long stays make permanent residence and family statuses likelier.
  const unrestrictedShare = Math.min(0.45, 0.12 + years * 0.025);
  return faker.datatype.boolean({ probability: unrestrictedShare })
    ? pick(faker, UNRESTRICTED_VISAS)
    : pick(faker, occupation.workVisas);
}

function japaneseLevelFor(
  faker: Faker,
  locale: ResumeLocale,
  nationality: string,
  residenceCountry: string,
): LanguageLevel | null {
  if (nationality === "JP") return "NATIVE";
  const inJapan = residenceCountry === "JP";
  const levels: Weighted<LanguageLevel | null>[] =
    locale === "ja"
      ? [
          { value: "JLPT_N1", weight: 55 },
          { value: "JLPT_N2", weight: 45 },
        ]
      : locale === "vi"
        ? [
            { value: "JLPT_N1", weight: inJapan ? 10 : 5 },
            { value: "JLPT_N2", weight: inJapan ? 30 : 18 },
            { value: "JLPT_N3", weight: 30 },
            { value: "JLPT_N4", weight: inJapan ? 18 : 25 },
            { value: "JLPT_N5", weight: inJapan ? 8 : 14 },
            { value: null, weight: inJapan ? 4 : 8 },
          ]
        : [
            { value: "JLPT_N1", weight: 3 },
            { value: "JLPT_N2", weight: 10 },
            { value: "JLPT_N3", weight: 17 },
            { value: "JLPT_N4", weight: 20 },
            { value: "JLPT_N5", weight: 18 },
            { value: null, weight: 32 },
          ];
  return pick(faker, levels);
}

const ENGLISH_CEFR: readonly Weighted<LanguageLevel>[] = [
  { value: "CEFR_A2", weight: 14 },
  { value: "CEFR_B1", weight: 33 },
  { value: "CEFR_B2", weight: 30 },
  { value: "CEFR_C1", weight: 17 },
  { value: "CEFR_C2", weight: 6 },
];

const NATIVE_LANGUAGE: Readonly<Record<string, string>> = {
  VN: "vi",
  JP: "ja",
  CN: "zh",
  PH: "tl",
  IN: "hi",
  ID: "id",
  NP: "ne",
  MM: "my",
  US: "en",
  GB: "en",
};

function languagesFor(
  faker: Faker,
  locale: ResumeLocale,
  nationality: string,
  residenceCountry: string,
): ResumeLanguageSkill[] {
  const native = NATIVE_LANGUAGE[nationality] ?? "en";
  const skills: ResumeLanguageSkill[] = [{ language: native, level: "NATIVE" }];
  if (native !== "ja") {
    const japanese = japaneseLevelFor(faker, locale, nationality, residenceCountry);
    if (japanese) skills.push({ language: "ja", level: japanese });
  }
  if (native !== "en") {
    const english =
      nationality === "PH" || nationality === "IN" ? "CEFR_C1" : pick(faker, ENGLISH_CEFR);
    if (faker.datatype.boolean({ probability: 0.85 }))
      skills.push({ language: "en", level: english });
  }
  if (nationality !== "VN" && locale !== "vi" && faker.datatype.boolean({ probability: 0.05 })) {
    skills.push({ language: "vi", level: "CEFR_A2" });
  }
  return skills;
}

function yearsOfExperienceFor(faker: Faker): number {
  // Right-skewed: most seekers have a few years, a long tail has many.
  return Math.min(25, Math.floor(faker.number.float({ min: 0, max: 1 }) ** 2.2 * 20));
}

function jlptLabel(skills: ResumeLanguageSkill[]): string | null {
  const japanese = skills.find((s) => s.language === "ja");
  return japanese?.level.startsWith("JLPT_") ? japanese.level.slice(5) : null;
}

function headlineFor(
  locale: ResumeLocale,
  occupation: Occupation,
  years: number,
  jlpt: string | null,
): string {
  const title = occupation.title[locale];
  if (locale === "vi")
    return [
      title,
      years > 0 ? `${years} năm kinh nghiệm` : "Mới tốt nghiệp",
      jlpt && `JLPT ${jlpt}`,
    ]
      .filter(Boolean)
      .join(" · ");
  if (locale === "ja")
    return `${title}（${years > 0 ? `経験${years}年` : "新卒"}${jlpt ? `・JLPT ${jlpt}` : ""}）`;
  return [title, years > 0 ? `${years}+ years` : "Graduate", jlpt && `JLPT ${jlpt}`]
    .filter(Boolean)
    .join(" · ");
}

function summaryFor(
  faker: Faker,
  locale: ResumeLocale,
  occupation: Occupation,
  years: number,
  skills: ResumeSkill[],
  prefecture: string,
): string {
  const top = skills.slice(0, 3).map((s) => s.name);
  const sentences: Record<ResumeLocale, string[]> = {
    en: [
      years > 0
        ? `${occupation.title.en} with ${years} years of experience, strongest in ${top.join(", ")}.`
        : `Recent graduate looking for a first role as ${occupation.title.en}, trained in ${top.join(", ")}.`,
      faker.helpers.arrayElement([
        "I enjoy working in mixed Japanese and international teams and take notes in Japanese.",
        "I value careful work, clear reporting and keeping promises on deadlines.",
        "I am studying for the next JLPT level and use Japanese daily at work.",
        "Looking for a company that supports long-term growth and visa renewal.",
      ]),
      `Open to positions in ${prefecture} and nearby.`,
    ],
    vi: [
      years > 0
        ? `${occupation.title.vi} với ${years} năm kinh nghiệm, thế mạnh về ${top.join(", ")}.`
        : `Mới tốt nghiệp, mong muốn làm ${occupation.title.vi.toLowerCase()}, đã được đào tạo về ${top.join(", ")}.`,
      faker.helpers.arrayElement([
        "Tôi làm việc cẩn thận, trung thực và luôn báo cáo rõ ràng với cấp trên.",
        "Tôi đang ôn thi JLPT cấp độ tiếp theo và sử dụng tiếng Nhật hằng ngày trong công việc.",
        "Mong muốn gắn bó lâu dài với công ty và phát triển chuyên môn tại Nhật Bản.",
        "Có kinh nghiệm làm việc trong môi trường đa văn hóa Việt – Nhật.",
      ]),
      `Có thể làm việc tại ${prefecture} và khu vực lân cận.`,
    ],
    ja: [
      years > 0
        ? `${occupation.title.ja}として${years}年の経験があり、特に${top.join("、")}を得意としています。`
        : `${occupation.title.ja}としての就職を希望する新卒です。${top.join("、")}を学びました。`,
      faker.helpers.arrayElement([
        "報告・連絡・相談を大切にし、チームで成果を出すことを心がけています。",
        "日本人と外国人が共に働く職場で、橋渡し役として貢献したいと考えています。",
        "長期的に働ける環境で、専門性を高めていきたいです。",
        "丁寧で正確な仕事を信条としています。",
      ]),
      `${prefecture}周辺での勤務を希望します。`,
    ],
  };
  return sentences[locale].join(" ");
}

function contactLeak(faker: Faker, locale: ResumeLocale, person: ResumePerson): string {
  const handle =
    `${person.firstName}${person.lastName}`
      .normalize("NFD")
      .replace(/[^A-Za-z]/g, "")
      .toLowerCase() || "seeker";
  const choices: Record<ResumeLocale, string[]> = {
    en: [
      `Contact me at ${handle}${digits(faker, 2)}@gmail.com.`,
      `WhatsApp: ${person.phone}`,
      `LinkedIn: linkedin.com/in/${handle}`,
    ],
    vi: [
      `Liên hệ Zalo: ${person.phone}`,
      `Email: ${handle}${digits(faker, 2)}@gmail.com`,
      `Facebook: fb.com/${handle}`,
    ],
    ja: [
      `連絡先：${person.phone}`,
      `LINE ID: ${handle}${digits(faker, 2)}`,
      `メール：${handle}@yahoo.co.jp`,
    ],
  };
  return faker.helpers.arrayElement(choices[locale]);
}

function pay(
  faker: Faker,
  occupation: Occupation,
  payFactor: number,
): { min: number; max: number } {
  const unit = occupation.salaryPeriod === "MONTHLY" ? 10_000 : 100_000;
  const centre = occupation.basePay * payFactor * faker.number.float({ min: 0.85, max: 1.15 });
  const min = Math.round((centre * 0.9) / unit) * unit;
  return {
    min,
    max:
      min +
      unit * faker.number.int({ min: 1, max: occupation.salaryPeriod === "MONTHLY" ? 5 : 15 }),
  };
}

function workHistory(
  faker: Faker,
  locale: ResumeLocale,
  occupation: Occupation,
  years: number,
  residenceCountry: string,
  now: Date,
): ResumeWorkExperience[] {
  if (years === 0) return [];
  const jobs = Math.min(years, faker.number.int({ min: 1, max: years > 8 ? 4 : 3 }));
  const currentlyEmployed = faker.datatype.boolean({ probability: 0.7 });
  const totalMonths = years * 12;
  const experiences: ResumeWorkExperience[] = [];
  let end: Date | null = currentlyEmployed
    ? null
    : monthsBefore(now, faker.number.int({ min: 1, max: 6 }));
  let remaining = totalMonths;
  for (let i = 0; i < jobs; i++) {
    const months =
      i === jobs - 1
        ? remaining
        : Math.max(
            6,
            Math.round((remaining / (jobs - i)) * faker.number.float({ min: 0.6, max: 1.4 })),
          );
    remaining = Math.max(6, remaining - months);
    const startDate = monthsBefore(end ?? now, months);
    // Older jobs are more often back home; recent ones more often in Japan.
    const inJapan =
      residenceCountry === "JP" && (i === 0 || faker.datatype.boolean({ probability: 0.4 }));
    const pool = inJapan
      ? EMPLOYERS.JP
      : residenceCountry === "VN" || locale === "vi"
        ? EMPLOYERS.VN
        : EMPLOYERS.OTHER;
    const skills = faker.helpers.arrayElements(occupation.skills, { min: 2, max: 3 });
    experiences.push({
      employerName: faker.helpers.arrayElement(pool),
      title: occupation.title[locale],
      startDate,
      endDate: end,
      isCurrent: end === null,
      description:
        locale === "ja"
          ? `${skills.join("・")}を担当。`
          : locale === "vi"
            ? `Phụ trách ${skills.join(", ")}.`
            : `Responsible for ${skills.join(", ")}.`,
      position: i,
    });
    end = monthsBefore(startDate, faker.number.int({ min: 0, max: 4 }));
  }
  return experiences;
}

function educationFor(
  faker: Faker,
  locale: ResumeLocale,
  occupation: Occupation,
  level: EducationLevel,
  nationality: string,
  birthDate: Date,
  residenceCountry: string,
): ResumeEducation[] {
  const educations: ResumeEducation[] = [];
  const graduationYear = birthDate.getUTCFullYear() + GRADUATION_AGE[level];
  if (level !== "SECONDARY") {
    const home = UNIVERSITIES.filter((u) => u.country === nationality);
    const institution = faker.helpers.arrayElement(
      home.length > 0 && faker.datatype.boolean({ probability: 0.8 }) ? home : UNIVERSITIES,
    );
    const length =
      level === "ASSOCIATE" || level === "VOCATIONAL"
        ? 2
        : level === "BACHELOR"
          ? 4
          : level === "MASTER"
            ? 2
            : 3;
    educations.push({
      institution: institution.name[locale],
      level,
      fieldOfStudy: occupation.fieldOfStudy[locale],
      startDate: utcDate(graduationYear - length, 8),
      endDate: utcDate(graduationYear, 6),
      position: 0,
    });
  }
  if (
    nationality !== "JP" &&
    residenceCountry === "JP" &&
    faker.datatype.boolean({ probability: 0.35 })
  ) {
    const school = faker.helpers.arrayElement(LANGUAGE_SCHOOLS);
    educations.push({
      institution: school.name[locale],
      level: "VOCATIONAL",
      fieldOfStudy:
        locale === "ja" ? "日本語" : locale === "vi" ? "Tiếng Nhật" : "Japanese language",
      startDate: utcDate(graduationYear + 1, 3),
      endDate: utcDate(graduationYear + 3, 2),
      position: educations.length,
    });
  }
  return educations;
}

const GRADUATION_AGE: Readonly<Record<EducationLevel, number>> = {
  SECONDARY: 18,
  VOCATIONAL: 20,
  ASSOCIATE: 20,
  BACHELOR: 22,
  MASTER: 24,
  DOCTORATE: 27,
};

export function buildResume(faker: Faker, options: BuildResumeOptions): ResumeDraft {
  const { locale } = options;
  const now = options.now ?? new Date();
  const occupation = faker.helpers.weightedArrayElement(
    OCCUPATIONS.map((o) => ({ value: o, weight: o.weight })),
  );
  const nationality = pick(faker, NATIONALITIES[locale]);
  const residenceCountry = residenceFor(faker, locale, nationality);
  const years = yearsOfExperienceFor(faker);
  const { level: careerLevel, payFactor } = careerLevelFor(years);
  const educationLevel = pick(faker, EDUCATION_LEVELS);
  const gender = faker.helpers.weightedArrayElement<Gender>([
    { value: "FEMALE", weight: 46 },
    { value: "MALE", weight: 50 },
    { value: "NON_BINARY", weight: 1 },
    { value: "PREFER_NOT_TO_SAY", weight: 3 },
  ]);
  const age = GRADUATION_AGE[educationLevel] + years + faker.number.int({ min: 0, max: 4 });
  const birthDate = utcDate(
    now.getUTCFullYear() - age,
    faker.number.int({ min: 0, max: 11 }),
    faker.number.int({ min: 1, max: 28 }),
  );
  const prefecture = faker.helpers.weightedArrayElement(
    PREFECTURES.map((p) => ({ value: p, weight: p.weight })),
  );
  const station = faker.helpers.arrayElement(prefecture.stations);
  const visaStatus = visaFor(faker, nationality, residenceCountry, occupation, years);
  const visaHasExpiry = !["JAPANESE_NATIONAL", "PERMANENT_RESIDENT", "NEEDS_SPONSORSHIP"].includes(
    visaStatus,
  );

  const person: ResumePerson = {
    ...personName(faker, nationality, gender),
    birthDate,
    gender,
    nationality,
    residenceCountry,
    residenceRegion: residenceCountry === "JP" ? prefecture.code : null,
    nearestStation: residenceCountry === "JP" ? (locale === "ja" ? station.ja : station.en) : null,
    phone: phoneFor(faker, residenceCountry),
    visaStatus,
    visaExpiresOn: visaHasExpiry ? monthsBefore(now, -faker.number.int({ min: 2, max: 60 })) : null,
  };

  const skills: ResumeSkill[] = faker.helpers
    .arrayElements(occupation.skills, { min: 3, max: Math.min(8, occupation.skills.length) })
    .map((name) => ({
      name,
      years: Math.max(0, Math.min(years, faker.number.int({ min: 0, max: years + 1 }))),
    }));
  const languageSkills = languagesFor(faker, locale, nationality, residenceCountry);
  const desiredLocations: string[] = faker.helpers
    .arrayElements(
      [
        prefecture.code,
        ...faker.helpers.arrayElements(
          PREFECTURES.map((p) => p.code),
          2,
        ),
      ],
      { min: 1, max: 3 },
    )
    .filter((code, index, all) => all.indexOf(code) === index);
  if (occupation.salaryPeriod === "YEARLY" && faker.datatype.boolean({ probability: 0.12 }))
    desiredLocations.push(REMOTE_LOCATION);
  const salary = pay(faker, occupation, payFactor);
  const availability = faker.helpers.weightedArrayElement<Availability>([
    { value: "IMMEDIATELY", weight: 25 },
    { value: "WITHIN_ONE_MONTH", weight: 30 },
    { value: "WITHIN_THREE_MONTHS", weight: 28 },
    { value: "WITHIN_SIX_MONTHS", weight: 12 },
    { value: "NOT_LOOKING", weight: 5 },
  ]);
  const desiredJobTypes: EmploymentType[] = faker.datatype.boolean({ probability: 0.8 })
    ? ["FULL_TIME"]
    : faker.helpers.arrayElements<EmploymentType>(
        ["FULL_TIME", "CONTRACT", "PART_TIME", "TEMPORARY", "FREELANCE"],
        { min: 1, max: 2 },
      );
  if (careerLevel === "ENTRY" && faker.datatype.boolean({ probability: 0.2 }))
    desiredJobTypes.push("INTERNSHIP");

  let summary = summaryFor(
    faker,
    locale,
    occupation,
    years,
    skills,
    locale === "ja" ? prefecture.ja : prefecture.name,
  );
  let contactInSummary: string | null = null;
  if (faker.datatype.boolean({ probability: options.contactInSummaryRate ?? 0.08 })) {
    contactInSummary = contactLeak(faker, locale, person);
    summary = `${summary} ${contactInSummary}`;
  }

  const certifications: ResumeCertification[] = faker.helpers
    .arrayElements(occupation.certifications, { min: 0, max: 2 })
    .map((name) => ({
      name,
      issuer: null,
      issuedOn: utcDate(
        now.getUTCFullYear() - faker.number.int({ min: 0, max: Math.max(1, years) }),
        faker.number.int({ min: 0, max: 11 }),
      ),
    }));

  const referees: ResumeReferee[] = [];
  if (faker.datatype.boolean({ probability: options.refereeRate ?? 0.15 })) {
    const refereeName = personName(
      faker,
      nationality === "JP" || residenceCountry === "JP" ? "JP" : nationality,
      faker.helpers.arrayElement<Gender>(["FEMALE", "MALE"]),
    );
    referees.push({
      name: [refereeName.lastName, refereeName.firstName].join(" "),
      relationship:
        locale === "ja" ? "前職の上司" : locale === "vi" ? "Quản lý trực tiếp" : "Former manager",
      organisation: faker.helpers.arrayElement(EMPLOYERS.JP),
      email: `referee.${faker.string.alphanumeric({ length: 8, casing: "lower" })}@example.com`,
      phone: phoneFor(faker, "JP"),
    });
  }

  return {
    locale,
    occupation: occupation.key,
    yearsOfExperience: years,
    person,
    professional: {
      headline: headlineFor(locale, occupation, years, jlptLabel(languageSkills)),
      summary,
      educationLevel,
      careerLevel,
      desiredJobTypes,
      desiredLocations,
      desiredSalaryMin: salary.min,
      desiredSalaryMax: salary.max,
      desiredSalaryCurrency: "JPY",
      desiredSalaryPeriod: occupation.salaryPeriod,
      availability,
      availableFrom:
        availability === "IMMEDIATELY" || availability === "NOT_LOOKING"
          ? null
          : monthsBefore(now, -faker.number.int({ min: 1, max: 6 })),
      shareAgeBand: faker.datatype.boolean({ probability: 0.4 }),
    },
    workExperiences: workHistory(faker, locale, occupation, years, residenceCountry, now),
    educations: educationFor(
      faker,
      locale,
      occupation,
      educationLevel,
      nationality,
      birthDate,
      residenceCountry,
    ),
    languageSkills,
    skills,
    certifications,
    referees,
    contactInSummary,
  };
}
