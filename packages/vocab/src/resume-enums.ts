import { defineVocabulary, type Labels } from "./vocabulary";

/**
 * The resume's enumerations, with their names in the three UI languages. Each mirrors the
 * Prisma enum of the same name (packages/db tests that they stay equal).
 */

/** Japanese status of residence (在留資格) plus the cases of citizens and seekers abroad. */
export const visaStatuses = defineVocabulary(
  {
    JAPANESE_NATIONAL: { en: "Japanese national", vi: "Công dân Nhật Bản", ja: "日本国籍" },
    PERMANENT_RESIDENT: { en: "Permanent resident", vi: "Vĩnh trú", ja: "永住者" },
    SPOUSE_OF_JAPANESE_NATIONAL: { en: "Spouse or child of a Japanese national", vi: "Vợ/chồng hoặc con của người Nhật", ja: "日本人の配偶者等" },
    SPOUSE_OF_PERMANENT_RESIDENT: { en: "Spouse or child of a permanent resident", vi: "Vợ/chồng hoặc con của người vĩnh trú", ja: "永住者の配偶者等" },
    LONG_TERM_RESIDENT: { en: "Long-term resident", vi: "Định cư", ja: "定住者" },
    ENGINEER_HUMANITIES_INTERNATIONAL: { en: "Engineer / Specialist in Humanities / International Services", vi: "Kỹ sư, chuyên gia nhân văn, nghiệp vụ quốc tế", ja: "技術・人文知識・国際業務" },
    HIGHLY_SKILLED_PROFESSIONAL: { en: "Highly skilled professional", vi: "Nhân lực chất lượng cao", ja: "高度専門職" },
    INTRA_COMPANY_TRANSFEREE: { en: "Intra-company transferee", vi: "Thuyên chuyển nội bộ công ty", ja: "企業内転勤" },
    SPECIFIED_SKILLED_WORKER_1: { en: "Specified skilled worker (i)", vi: "Kỹ năng đặc định số 1", ja: "特定技能1号" },
    SPECIFIED_SKILLED_WORKER_2: { en: "Specified skilled worker (ii)", vi: "Kỹ năng đặc định số 2", ja: "特定技能2号" },
    TECHNICAL_INTERN_TRAINING: { en: "Technical intern training", vi: "Thực tập sinh kỹ năng", ja: "技能実習" },
    NURSING_CARE: { en: "Nursing care", vi: "Điều dưỡng", ja: "介護" },
    SKILLED_LABOR: { en: "Skilled labor", vi: "Lao động kỹ năng", ja: "技能" },
    BUSINESS_MANAGER: { en: "Business manager", vi: "Kinh doanh – quản lý", ja: "経営・管理" },
    DESIGNATED_ACTIVITIES: { en: "Designated activities", vi: "Hoạt động đặc định", ja: "特定活動" },
    STUDENT: { en: "Student", vi: "Du học", ja: "留学" },
    DEPENDENT: { en: "Dependent", vi: "Gia đình đi cùng", ja: "家族滞在" },
    WORKING_HOLIDAY: { en: "Working holiday", vi: "Working holiday", ja: "ワーキング・ホリデー" },
    NEEDS_SPONSORSHIP: { en: "Needs visa sponsorship", vi: "Cần bảo lãnh visa", ja: "ビザのスポンサーが必要" },
    OTHER: { en: "Other", vi: "Khác", ja: "その他" },
  } satisfies Record<string, Labels>,
  "Use a known visa status",
);
export type VisaStatusCode = (typeof visaStatuses.codes)[number];

/**
 * What employers see of the right to work instead of nationality (R2); derived from the visa
 * status in packages/privacy.
 */
export const workAuthorizations = defineVocabulary(
  {
    UNRESTRICTED: { en: "No work restrictions", vi: "Không giới hạn công việc", ja: "就労制限なし" },
    WORK_VISA: { en: "Work visa", vi: "Visa lao động", ja: "就労ビザ" },
    SPECIFIED_SKILLED_WORKER: { en: "Specified skilled worker", vi: "Kỹ năng đặc định", ja: "特定技能" },
    TECHNICAL_INTERN: { en: "Technical intern", vi: "Thực tập sinh kỹ năng", ja: "技能実習" },
    LIMITED_HOURS: { en: "Limited working hours", vi: "Giới hạn giờ làm", ja: "就労時間制限あり" },
    TEMPORARY: { en: "Temporary stay", vi: "Lưu trú tạm thời", ja: "一時的な在留" },
    NEEDS_SPONSORSHIP: { en: "Needs visa sponsorship", vi: "Cần bảo lãnh visa", ja: "ビザのスポンサーが必要" },
    UNSPECIFIED: { en: "Not specified", vi: "Chưa rõ", ja: "未指定" },
  } satisfies Record<string, Labels>,
  "Use a known work authorization category",
);
export type WorkAuthorizationCode = (typeof workAuthorizations.codes)[number];

export const educationLevels = defineVocabulary(
  {
    SECONDARY: { en: "Secondary school", vi: "Trung học phổ thông", ja: "高等学校" },
    VOCATIONAL: { en: "Vocational school", vi: "Trường nghề", ja: "専門学校" },
    ASSOCIATE: { en: "Associate degree", vi: "Cao đẳng", ja: "短期大学" },
    BACHELOR: { en: "Bachelor's degree", vi: "Đại học", ja: "学士" },
    MASTER: { en: "Master's degree", vi: "Thạc sĩ", ja: "修士" },
    DOCTORATE: { en: "Doctorate", vi: "Tiến sĩ", ja: "博士" },
  } satisfies Record<string, Labels>,
  "Use a known education level",
);
export type EducationLevelCode = (typeof educationLevels.codes)[number];

export const careerLevels = defineVocabulary(
  {
    STUDENT: { en: "Student", vi: "Sinh viên", ja: "学生" },
    ENTRY: { en: "Entry level", vi: "Mới vào nghề", ja: "未経験・新卒" },
    JUNIOR: { en: "Junior", vi: "Nhân viên sơ cấp", ja: "ジュニア" },
    MID: { en: "Mid-level", vi: "Nhân viên trung cấp", ja: "中堅" },
    SENIOR: { en: "Senior", vi: "Nhân viên cấp cao", ja: "シニア" },
    LEAD: { en: "Team lead", vi: "Trưởng nhóm", ja: "リーダー" },
    MANAGER: { en: "Manager", vi: "Quản lý", ja: "マネージャー" },
    EXECUTIVE: { en: "Executive", vi: "Lãnh đạo cấp cao", ja: "役員・経営層" },
  } satisfies Record<string, Labels>,
  "Use a known career level",
);
export type CareerLevelCode = (typeof careerLevels.codes)[number];

export const employmentTypes = defineVocabulary(
  {
    FULL_TIME: { en: "Full-time", vi: "Toàn thời gian", ja: "正社員" },
    PART_TIME: { en: "Part-time", vi: "Bán thời gian", ja: "パート・アルバイト" },
    CONTRACT: { en: "Contract", vi: "Hợp đồng", ja: "契約社員" },
    TEMPORARY: { en: "Temporary", vi: "Thời vụ", ja: "派遣・短期" },
    INTERNSHIP: { en: "Internship", vi: "Thực tập", ja: "インターンシップ" },
    FREELANCE: { en: "Freelance", vi: "Tự do", ja: "フリーランス" },
  } satisfies Record<string, Labels>,
  "Use a known employment type",
);
export type EmploymentTypeCode = (typeof employmentTypes.codes)[number];

export const availabilities = defineVocabulary(
  {
    IMMEDIATELY: { en: "Immediately", vi: "Ngay lập tức", ja: "即日" },
    WITHIN_ONE_MONTH: { en: "Within one month", vi: "Trong vòng 1 tháng", ja: "1か月以内" },
    WITHIN_THREE_MONTHS: { en: "Within three months", vi: "Trong vòng 3 tháng", ja: "3か月以内" },
    WITHIN_SIX_MONTHS: { en: "Within six months", vi: "Trong vòng 6 tháng", ja: "6か月以内" },
    NOT_LOOKING: { en: "Not looking right now", vi: "Hiện chưa tìm việc", ja: "現在は求職していない" },
  } satisfies Record<string, Labels>,
  "Use a known availability",
);
export type AvailabilityCode = (typeof availabilities.codes)[number];

export const salaryPeriods = defineVocabulary(
  {
    YEARLY: { en: "Per year", vi: "Theo năm", ja: "年収" },
    MONTHLY: { en: "Per month", vi: "Theo tháng", ja: "月給" },
    HOURLY: { en: "Per hour", vi: "Theo giờ", ja: "時給" },
  } satisfies Record<string, Labels>,
  "Use YEARLY, MONTHLY or HOURLY",
);
export type SalaryPeriodCode = (typeof salaryPeriods.codes)[number];

/** Gender as the seeker chooses to state it; never in a search document (R2). */
export const genders = defineVocabulary(
  {
    FEMALE: { en: "Female", vi: "Nữ", ja: "女性" },
    MALE: { en: "Male", vi: "Nam", ja: "男性" },
    NON_BINARY: { en: "Non-binary", vi: "Phi nhị giới", ja: "ノンバイナリー" },
    PREFER_NOT_TO_SAY: { en: "Prefer not to say", vi: "Không muốn nêu", ja: "回答しない" },
  } satisfies Record<string, Labels>,
  "Use FEMALE, MALE, NON_BINARY or PREFER_NOT_TO_SAY",
);
export type GenderCode = (typeof genders.codes)[number];

/** The currencies a desired salary is stated in (ISO 4217): our seekers are paid in these. */
export const salaryCurrencies = defineVocabulary(
  {
    JPY: { en: "Japanese yen (JPY)", vi: "Yên Nhật (JPY)", ja: "日本円 (JPY)" },
    VND: { en: "Vietnamese đồng (VND)", vi: "Đồng Việt Nam (VND)", ja: "ベトナムドン (VND)" },
    USD: { en: "US dollar (USD)", vi: "Đô la Mỹ (USD)", ja: "米ドル (USD)" },
  } satisfies Record<string, Labels>,
  "Use JPY, VND or USD",
);
export type SalaryCurrencyCode = (typeof salaryCurrencies.codes)[number];
