import type { Prisma } from "../../generated/prisma/client";
import type { DbClient } from "../types";
import { slugify, uniqueSuffix } from "../unique";

export interface CreateRecruitingAreaOptions {
  companyId: string;
  name?: string;
  slug?: string;
  /** Adds the default voluntary EEO questions (off by default, as for Japan). */
  eeoEnabled?: boolean;
  area?: Partial<Omit<Prisma.RecruitingAreaUncheckedCreateInput, "companyId">>;
}

const PREFER_NOT_TO_SAY = {
  key: "prefer_not_to_say",
  label: { en: "Prefer not to say", ja: "回答しない", vi: "Không muốn trả lời" },
};

/** Voluntary questions offered when an area enables EEO; every one can be declined. */
export const DEFAULT_EEO_QUESTIONS = [
  {
    key: "gender_identity",
    prompt: {
      en: "How do you describe your gender?",
      ja: "性自認をお答えください。",
      vi: "Bạn mô tả giới tính của mình như thế nào?",
    },
    options: [
      { key: "woman", label: { en: "Woman", ja: "女性", vi: "Nữ" } },
      { key: "man", label: { en: "Man", ja: "男性", vi: "Nam" } },
      {
        key: "non_binary",
        label: { en: "Non-binary", ja: "ノンバイナリー", vi: "Phi nhị nguyên" },
      },
      PREFER_NOT_TO_SAY,
    ],
  },
  {
    key: "age_group",
    prompt: { en: "Your age group", ja: "年齢層", vi: "Nhóm tuổi của bạn" },
    options: [
      { key: "under_30", label: { en: "Under 30", ja: "30歳未満", vi: "Dưới 30" } },
      { key: "30_to_44", label: { en: "30–44", ja: "30〜44歳", vi: "30–44" } },
      { key: "45_plus", label: { en: "45 or older", ja: "45歳以上", vi: "Từ 45 trở lên" } },
      PREFER_NOT_TO_SAY,
    ],
  },
  {
    key: "disability",
    prompt: { en: "Do you have a disability?", ja: "障害の有無", vi: "Bạn có khuyết tật không?" },
    options: [
      { key: "yes", label: { en: "Yes", ja: "あり", vi: "Có" } },
      { key: "no", label: { en: "No", ja: "なし", vi: "Không" } },
      PREFER_NOT_TO_SAY,
    ],
  },
] as const;

/** A private recruiting area of the company (F15). */
export function createRecruitingArea(db: DbClient, options: CreateRecruitingAreaOptions) {
  const name = options.name ?? "Careers";
  const eeoEnabled = options.eeoEnabled ?? false;
  return db.recruitingArea.create({
    data: {
      companyId: options.companyId,
      name,
      slug: options.slug ?? `${slugify(name) || "careers"}-${uniqueSuffix()}`,
      intro: `Welcome to ${name}. Every application here is seen only by our hiring team.`,
      published: true,
      eeoEnabled,
      ...(eeoEnabled
        ? {
            eeoQuestions: {
              create: DEFAULT_EEO_QUESTIONS.map((q, position) => ({
                key: q.key,
                prompt: q.prompt,
                options: q.options.map((o) => ({ key: o.key, label: o.label })),
                position,
              })),
            },
          }
        : {}),
      ...options.area,
    },
    include: { eeoQuestions: true },
  });
}

/**
 * One anonymous EEO submission (R8): answers by question key, stored with the area and the
 * month only — deliberately nothing that links it to the application it came with.
 */
export async function recordEeoResponse(
  db: DbClient,
  options: { areaId: string; answers: Record<string, string>; now?: Date },
) {
  const now = options.now ?? new Date();
  const questions = await db.eeoQuestion.findMany({
    where: { areaId: options.areaId, key: { in: Object.keys(options.answers) } },
  });
  return db.eeoResponse.create({
    data: {
      areaId: options.areaId,
      submittedMonth: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
      answers: {
        create: questions.map((q) => ({
          questionId: q.id,
          optionKey: options.answers[q.key] ?? PREFER_NOT_TO_SAY.key,
        })),
      },
    },
    include: { answers: true },
  });
}
