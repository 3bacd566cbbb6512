import { prefectures, type PrefectureCode } from "./prefectures";
import { defineVocabulary, type Labels } from "./vocabulary";

/** Where a seeker would work: a prefecture, remote work, or anywhere in Japan. */
const OTHER_LOCATIONS = {
  REMOTE: { en: "Remote", vi: "Làm việc từ xa", ja: "リモート" },
  ANYWHERE_JP: { en: "Anywhere in Japan", vi: "Bất kỳ đâu tại Nhật Bản", ja: "日本全国" },
} as const satisfies Record<string, Labels>;

export type DesiredLocationCode = PrefectureCode | keyof typeof OTHER_LOCATIONS;

const labels = Object.fromEntries([
  ...prefectures.codes.map((code) => [code, { en: prefectures.label(code, "en"), vi: prefectures.label(code, "vi"), ja: prefectures.label(code, "ja") }]),
  ...Object.entries(OTHER_LOCATIONS),
]) as Record<DesiredLocationCode, Labels>;

export const desiredLocations = defineVocabulary<DesiredLocationCode>(
  labels,
  "Use a prefecture code (JP-01 … JP-47), REMOTE or ANYWHERE_JP",
);
export const desiredLocationCode = desiredLocations.schema;
