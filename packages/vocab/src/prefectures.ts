import { defineVocabulary, type Labels } from "./vocabulary";

/**
 * Japan's 47 prefectures by ISO 3166-2:JP code, in the official order (JIS X 0401). Vietnamese
 * writes prefecture names in Latin letters without macrons, as English does ("tỉnh Aichi").
 */
const PREFECTURE_LABELS = {
  "JP-01": { en: "Hokkaido", vi: "Hokkaido", ja: "北海道" },
  "JP-02": { en: "Aomori", vi: "Aomori", ja: "青森県" },
  "JP-03": { en: "Iwate", vi: "Iwate", ja: "岩手県" },
  "JP-04": { en: "Miyagi", vi: "Miyagi", ja: "宮城県" },
  "JP-05": { en: "Akita", vi: "Akita", ja: "秋田県" },
  "JP-06": { en: "Yamagata", vi: "Yamagata", ja: "山形県" },
  "JP-07": { en: "Fukushima", vi: "Fukushima", ja: "福島県" },
  "JP-08": { en: "Ibaraki", vi: "Ibaraki", ja: "茨城県" },
  "JP-09": { en: "Tochigi", vi: "Tochigi", ja: "栃木県" },
  "JP-10": { en: "Gunma", vi: "Gunma", ja: "群馬県" },
  "JP-11": { en: "Saitama", vi: "Saitama", ja: "埼玉県" },
  "JP-12": { en: "Chiba", vi: "Chiba", ja: "千葉県" },
  "JP-13": { en: "Tokyo", vi: "Tokyo", ja: "東京都" },
  "JP-14": { en: "Kanagawa", vi: "Kanagawa", ja: "神奈川県" },
  "JP-15": { en: "Niigata", vi: "Niigata", ja: "新潟県" },
  "JP-16": { en: "Toyama", vi: "Toyama", ja: "富山県" },
  "JP-17": { en: "Ishikawa", vi: "Ishikawa", ja: "石川県" },
  "JP-18": { en: "Fukui", vi: "Fukui", ja: "福井県" },
  "JP-19": { en: "Yamanashi", vi: "Yamanashi", ja: "山梨県" },
  "JP-20": { en: "Nagano", vi: "Nagano", ja: "長野県" },
  "JP-21": { en: "Gifu", vi: "Gifu", ja: "岐阜県" },
  "JP-22": { en: "Shizuoka", vi: "Shizuoka", ja: "静岡県" },
  "JP-23": { en: "Aichi", vi: "Aichi", ja: "愛知県" },
  "JP-24": { en: "Mie", vi: "Mie", ja: "三重県" },
  "JP-25": { en: "Shiga", vi: "Shiga", ja: "滋賀県" },
  "JP-26": { en: "Kyoto", vi: "Kyoto", ja: "京都府" },
  "JP-27": { en: "Osaka", vi: "Osaka", ja: "大阪府" },
  "JP-28": { en: "Hyogo", vi: "Hyogo", ja: "兵庫県" },
  "JP-29": { en: "Nara", vi: "Nara", ja: "奈良県" },
  "JP-30": { en: "Wakayama", vi: "Wakayama", ja: "和歌山県" },
  "JP-31": { en: "Tottori", vi: "Tottori", ja: "鳥取県" },
  "JP-32": { en: "Shimane", vi: "Shimane", ja: "島根県" },
  "JP-33": { en: "Okayama", vi: "Okayama", ja: "岡山県" },
  "JP-34": { en: "Hiroshima", vi: "Hiroshima", ja: "広島県" },
  "JP-35": { en: "Yamaguchi", vi: "Yamaguchi", ja: "山口県" },
  "JP-36": { en: "Tokushima", vi: "Tokushima", ja: "徳島県" },
  "JP-37": { en: "Kagawa", vi: "Kagawa", ja: "香川県" },
  "JP-38": { en: "Ehime", vi: "Ehime", ja: "愛媛県" },
  "JP-39": { en: "Kochi", vi: "Kochi", ja: "高知県" },
  "JP-40": { en: "Fukuoka", vi: "Fukuoka", ja: "福岡県" },
  "JP-41": { en: "Saga", vi: "Saga", ja: "佐賀県" },
  "JP-42": { en: "Nagasaki", vi: "Nagasaki", ja: "長崎県" },
  "JP-43": { en: "Kumamoto", vi: "Kumamoto", ja: "熊本県" },
  "JP-44": { en: "Oita", vi: "Oita", ja: "大分県" },
  "JP-45": { en: "Miyazaki", vi: "Miyazaki", ja: "宮崎県" },
  "JP-46": { en: "Kagoshima", vi: "Kagoshima", ja: "鹿児島県" },
  "JP-47": { en: "Okinawa", vi: "Okinawa", ja: "沖縄県" },
} as const satisfies Record<string, Labels>;

export type PrefectureCode = keyof typeof PREFECTURE_LABELS;

export const prefectures = defineVocabulary<PrefectureCode>(PREFECTURE_LABELS, "Use a prefecture code (JP-01 … JP-47)");
export const prefectureCode = prefectures.schema;
