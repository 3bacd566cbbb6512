import type { Prisma } from "../../generated/prisma/client";
import type { JobStatus, LanguageLevel } from "../../generated/prisma/enums";
import { defaultFaker } from "../faker";
import { OCCUPATIONS, PREFECTURES, type ResumeLocale } from "../resume/catalog";
import type { DbClient, FactoryContext } from "../types";

export interface CreateJobOptions extends FactoryContext {
  companyId: string;
  createdByMemberId?: string;
  /** Makes it a job of this private recruiting area (F15). */
  areaId?: string;
  status?: JobStatus;
  /** Language of the posting; English when omitted. */
  locale?: ResumeLocale;
  /** Occupation key from the catalogue; random when omitted. */
  occupation?: string;
  job?: Partial<Omit<Prisma.JobUncheckedCreateInput, "companyId">>;
}

const JAPANESE_BY_PAY: readonly LanguageLevel[] = ["JLPT_N1", "JLPT_N2", "JLPT_N3", "JLPT_N4"];

/** A job posting. OPEN and CLOSED jobs get a publication date, as the database requires. */
export function createJob(db: DbClient, options: CreateJobOptions) {
  const faker = options.faker ?? defaultFaker;
  const now = options.now ?? new Date();
  const locale = options.locale ?? "en";
  const occupation =
    OCCUPATIONS.find((o) => o.key === options.occupation) ??
    faker.helpers.arrayElement(OCCUPATIONS);
  const prefecture = faker.helpers.weightedArrayElement(
    PREFECTURES.map((p) => ({ value: p, weight: p.weight })),
  );
  const status = options.status ?? "OPEN";
  const unit = occupation.salaryPeriod === "MONTHLY" ? 10_000 : 100_000;
  const salaryMin =
    Math.round((occupation.basePay * faker.number.float({ min: 0.8, max: 1.1 })) / unit) * unit;
  const skills = faker.helpers.arrayElements(occupation.skills, 3);
  const description: Record<ResumeLocale, string> = {
    en: `We are hiring a ${occupation.title.en} in ${prefecture.name}. You will work with ${skills.join(", ")} in a team that welcomes international members. Visa sponsorship and relocation support are discussed individually.`,
    ja: `${prefecture.ja}で${occupation.title.ja}を募集しています。${skills.join("・")}の経験を活かせる環境です。外国籍の方も多数活躍中です。`,
    vi: `Tuyển ${occupation.title.vi} làm việc tại ${prefecture.name}. Công việc liên quan đến ${skills.join(", ")}. Môi trường có nhiều đồng nghiệp người nước ngoài.`,
  };
  const publishedAt = status === "DRAFT" ? null : faker.date.recent({ days: 45, refDate: now });

  return db.job.create({
    data: {
      companyId: options.companyId,
      createdByMemberId: options.createdByMemberId,
      areaId: options.areaId,
      title: occupation.title[locale],
      description: description[locale],
      location: prefecture.name,
      workArrangement:
        occupation.salaryPeriod === "YEARLY"
          ? faker.helpers.arrayElement(["ON_SITE", "HYBRID", "REMOTE"])
          : "ON_SITE",
      employmentType: faker.helpers.weightedArrayElement([
        { value: "FULL_TIME", weight: 80 },
        { value: "CONTRACT", weight: 12 },
        { value: "PART_TIME", weight: 8 },
      ]),
      salaryMin,
      salaryMax: salaryMin + unit * faker.number.int({ min: 2, max: 10 }),
      salaryCurrency: "JPY",
      salaryPeriod: occupation.salaryPeriod,
      visaSupport: faker.datatype.boolean({ probability: 0.75 }),
      requiredJapaneseLevel: faker.helpers.arrayElement(JAPANESE_BY_PAY),
      status,
      publishedAt,
      closedAt: status === "CLOSED" ? now : null,
      ...options.job,
    },
  });
}
