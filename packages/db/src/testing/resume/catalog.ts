/**
 * Vocabulary for believable synthetic resumes: occupations common among Vietnamese and other
 * international talent in Japan, with their titles in the three UI languages, skills, visas
 * and pay. Weights are rough shares, not statistics.
 */
import { prefectures, type PrefectureCode } from "@tsunagu/vocab";
import type {
  CareerLevel,
  EducationLevel,
  SalaryPeriod,
  VisaStatus,
} from "../../generated/prisma/enums";

export type ResumeLocale = "en" | "vi" | "ja";

export type Localised = Readonly<Record<ResumeLocale, string>>;

export interface Weighted<T> {
  readonly value: T;
  readonly weight: number;
}

export interface Occupation {
  readonly key: string;
  readonly title: Localised;
  readonly fieldOfStudy: Localised;
  readonly skills: readonly string[];
  readonly certifications: readonly string[];
  /** Statuses of residence that allow this work. */
  readonly workVisas: readonly Weighted<VisaStatus>[];
  /** Typical yearly pay in JPY at MID level, or monthly when salaryPeriod is MONTHLY. */
  readonly basePay: number;
  readonly salaryPeriod: SalaryPeriod;
  /** Share of seekers in this occupation. */
  readonly weight: number;
}

export const OCCUPATIONS: readonly Occupation[] = [
  {
    key: "software-engineer",
    title: { en: "Software Engineer", vi: "Kỹ sư phần mềm", ja: "ソフトウェアエンジニア" },
    fieldOfStudy: { en: "Computer Science", vi: "Khoa học máy tính", ja: "情報工学" },
    skills: [
      "TypeScript",
      "React",
      "Node.js",
      "Java",
      "Spring Boot",
      "AWS",
      "Docker",
      "PostgreSQL",
      "Python",
      "Go",
      "Kubernetes",
      "Git",
      "PHP",
      "Laravel",
      "Vue.js",
    ],
    certifications: [
      "AWS Certified Solutions Architect – Associate",
      "基本情報技術者試験",
      "応用情報技術者試験",
      "Oracle Certified Java Programmer",
    ],
    workVisas: [
      { value: "ENGINEER_HUMANITIES_INTERNATIONAL", weight: 85 },
      { value: "HIGHLY_SKILLED_PROFESSIONAL", weight: 10 },
      { value: "INTRA_COMPANY_TRANSFEREE", weight: 5 },
    ],
    basePay: 5_500_000,
    salaryPeriod: "YEARLY",
    weight: 22,
  },
  {
    key: "bridge-se",
    title: { en: "Bridge System Engineer", vi: "Kỹ sư cầu nối (BrSE)", ja: "ブリッジSE" },
    fieldOfStudy: { en: "Information Technology", vi: "Công nghệ thông tin", ja: "情報システム" },
    skills: [
      "Project management",
      "Requirements definition",
      "Offshore development",
      "Java",
      "Business Japanese",
      "Backlog",
      "Redmine",
      "Test planning",
      "Scrum",
    ],
    certifications: ["基本情報技術者試験", "PMP", "ITパスポート"],
    workVisas: [{ value: "ENGINEER_HUMANITIES_INTERNATIONAL", weight: 100 }],
    basePay: 6_000_000,
    salaryPeriod: "YEARLY",
    weight: 8,
  },
  {
    key: "qa-engineer",
    title: { en: "QA Engineer", vi: "Kỹ sư kiểm thử phần mềm", ja: "QAエンジニア" },
    fieldOfStudy: { en: "Software Engineering", vi: "Kỹ thuật phần mềm", ja: "ソフトウェア工学" },
    skills: [
      "Test design",
      "Selenium",
      "Playwright",
      "JMeter",
      "Jira",
      "SQL",
      "API testing",
      "Postman",
    ],
    certifications: ["ISTQB Foundation Level", "JSTQB Foundation Level"],
    workVisas: [{ value: "ENGINEER_HUMANITIES_INTERNATIONAL", weight: 100 }],
    basePay: 4_800_000,
    salaryPeriod: "YEARLY",
    weight: 6,
  },
  {
    key: "data-analyst",
    title: { en: "Data Analyst", vi: "Chuyên viên phân tích dữ liệu", ja: "データアナリスト" },
    fieldOfStudy: { en: "Statistics", vi: "Thống kê", ja: "統計学" },
    skills: ["SQL", "Python", "Tableau", "Power BI", "Excel", "Statistics", "BigQuery", "pandas"],
    certifications: ["Google Data Analytics Certificate", "統計検定2級"],
    workVisas: [
      { value: "ENGINEER_HUMANITIES_INTERNATIONAL", weight: 90 },
      { value: "HIGHLY_SKILLED_PROFESSIONAL", weight: 10 },
    ],
    basePay: 5_200_000,
    salaryPeriod: "YEARLY",
    weight: 4,
  },
  {
    key: "mechanical-design",
    title: {
      en: "Mechanical Design Engineer",
      vi: "Kỹ sư thiết kế cơ khí",
      ja: "機械設計エンジニア",
    },
    fieldOfStudy: { en: "Mechanical Engineering", vi: "Kỹ thuật cơ khí", ja: "機械工学" },
    skills: ["AutoCAD", "SolidWorks", "CATIA", "GD&T", "CNC machining", "Inventor", "FMEA"],
    certifications: ["CAD利用技術者試験2級", "SOLIDWORKS CSWA"],
    workVisas: [{ value: "ENGINEER_HUMANITIES_INTERNATIONAL", weight: 100 }],
    basePay: 4_800_000,
    salaryPeriod: "YEARLY",
    weight: 6,
  },
  {
    key: "construction-management",
    title: { en: "Construction Site Supervisor", vi: "Kỹ sư giám sát công trình", ja: "施工管理" },
    fieldOfStudy: { en: "Civil Engineering", vi: "Kỹ thuật xây dựng", ja: "土木工学" },
    skills: [
      "Construction management",
      "Safety management",
      "AutoCAD",
      "Revit",
      "Surveying",
      "Quantity estimation",
    ],
    certifications: ["2級土木施工管理技士", "2級建築施工管理技士"],
    workVisas: [
      { value: "ENGINEER_HUMANITIES_INTERNATIONAL", weight: 60 },
      { value: "SPECIFIED_SKILLED_WORKER_1", weight: 30 },
      { value: "SPECIFIED_SKILLED_WORKER_2", weight: 10 },
    ],
    basePay: 4_600_000,
    salaryPeriod: "YEARLY",
    weight: 5,
  },
  {
    key: "care-worker",
    title: { en: "Care Worker", vi: "Nhân viên chăm sóc người cao tuổi", ja: "介護職員" },
    fieldOfStudy: { en: "Nursing", vi: "Điều dưỡng", ja: "介護福祉" },
    skills: [
      "Elderly care",
      "Bathing assistance",
      "Meal assistance",
      "Care records",
      "Dementia care",
      "Mobility assistance",
    ],
    certifications: [
      "介護職員初任者研修",
      "介護福祉士実務者研修",
      "介護福祉士",
      "介護技能評価試験",
    ],
    workVisas: [
      { value: "SPECIFIED_SKILLED_WORKER_1", weight: 50 },
      { value: "NURSING_CARE", weight: 20 },
      { value: "TECHNICAL_INTERN_TRAINING", weight: 25 },
      { value: "DESIGNATED_ACTIVITIES", weight: 5 },
    ],
    basePay: 230_000,
    salaryPeriod: "MONTHLY",
    weight: 12,
  },
  {
    key: "hotel-front-desk",
    title: {
      en: "Hotel Front Desk Staff",
      vi: "Nhân viên lễ tân khách sạn",
      ja: "ホテルフロントスタッフ",
    },
    fieldOfStudy: { en: "Hospitality Management", vi: "Quản trị khách sạn", ja: "観光学" },
    skills: [
      "Customer service",
      "Reservations",
      "Opera PMS",
      "Cashiering",
      "Tourist guidance",
      "Complaint handling",
    ],
    certifications: ["宿泊業技能測定試験", "TOEIC 800"],
    workVisas: [
      { value: "SPECIFIED_SKILLED_WORKER_1", weight: 50 },
      { value: "ENGINEER_HUMANITIES_INTERNATIONAL", weight: 50 },
    ],
    basePay: 3_400_000,
    salaryPeriod: "YEARLY",
    weight: 6,
  },
  {
    key: "food-manufacturing",
    title: {
      en: "Food Production Operator",
      vi: "Công nhân chế biến thực phẩm",
      ja: "食品製造スタッフ",
    },
    fieldOfStudy: { en: "Food Technology", vi: "Công nghệ thực phẩm", ja: "食品科学" },
    skills: [
      "Food hygiene (HACCP)",
      "Line operation",
      "Quality inspection",
      "Forklift operation",
      "5S",
    ],
    certifications: ["飲食料品製造業特定技能1号技能測定試験", "フォークリフト運転技能講習"],
    workVisas: [
      { value: "SPECIFIED_SKILLED_WORKER_1", weight: 55 },
      { value: "TECHNICAL_INTERN_TRAINING", weight: 45 },
    ],
    basePay: 210_000,
    salaryPeriod: "MONTHLY",
    weight: 10,
  },
  {
    key: "interpreter",
    title: {
      en: "Japanese–Vietnamese Interpreter",
      vi: "Phiên dịch tiếng Nhật",
      ja: "通訳・翻訳（ベトナム語）",
    },
    fieldOfStudy: { en: "Japanese Studies", vi: "Ngôn ngữ Nhật", ja: "日本語学" },
    skills: [
      "Consecutive interpretation",
      "Translation",
      "Trados",
      "Business Japanese",
      "Proofreading",
    ],
    certifications: ["J.TEST A-level", "BJTビジネス日本語能力テスト J1"],
    workVisas: [{ value: "ENGINEER_HUMANITIES_INTERNATIONAL", weight: 100 }],
    basePay: 4_200_000,
    salaryPeriod: "YEARLY",
    weight: 6,
  },
  {
    key: "accountant",
    title: { en: "Accountant", vi: "Kế toán", ja: "経理" },
    fieldOfStudy: { en: "Accounting", vi: "Kế toán", ja: "会計学" },
    skills: [
      "Bookkeeping",
      "Financial statements",
      "freee",
      "Money Forward",
      "Excel",
      "Tax filing",
      "SAP",
    ],
    certifications: ["日商簿記2級", "日商簿記3級", "ACCA"],
    workVisas: [{ value: "ENGINEER_HUMANITIES_INTERNATIONAL", weight: 100 }],
    basePay: 4_500_000,
    salaryPeriod: "YEARLY",
    weight: 5,
  },
  {
    key: "sales",
    title: { en: "Sales Representative", vi: "Nhân viên kinh doanh", ja: "営業" },
    fieldOfStudy: { en: "Business Administration", vi: "Quản trị kinh doanh", ja: "経営学" },
    skills: [
      "B2B sales",
      "Salesforce",
      "Negotiation",
      "Market research",
      "Presentation",
      "Account management",
    ],
    certifications: ["TOEIC 850", "販売士3級"],
    workVisas: [{ value: "ENGINEER_HUMANITIES_INTERNATIONAL", weight: 100 }],
    basePay: 4_400_000,
    salaryPeriod: "YEARLY",
    weight: 5,
  },
  {
    key: "auto-mechanic",
    title: { en: "Automotive Mechanic", vi: "Kỹ thuật viên sửa chữa ô tô", ja: "自動車整備士" },
    fieldOfStudy: { en: "Automotive Technology", vi: "Công nghệ kỹ thuật ô tô", ja: "自動車工学" },
    skills: [
      "Engine maintenance",
      "Vehicle diagnostics",
      "Brake systems",
      "Vehicle inspection",
      "Electrical systems",
    ],
    certifications: ["3級自動車整備士", "2級自動車整備士"],
    workVisas: [
      { value: "SPECIFIED_SKILLED_WORKER_1", weight: 60 },
      { value: "TECHNICAL_INTERN_TRAINING", weight: 40 },
    ],
    basePay: 260_000,
    salaryPeriod: "MONTHLY",
    weight: 5,
  },
];

/**
 * Statuses of residence that allow any work, independent of occupation, and their share among
 * foreign residents looking for work.
 */
export const UNRESTRICTED_VISAS: readonly Weighted<VisaStatus>[] = [
  { value: "PERMANENT_RESIDENT", weight: 45 },
  { value: "SPOUSE_OF_JAPANESE_NATIONAL", weight: 20 },
  { value: "LONG_TERM_RESIDENT", weight: 15 },
  { value: "SPOUSE_OF_PERMANENT_RESIDENT", weight: 8 },
  { value: "STUDENT", weight: 6 },
  { value: "DEPENDENT", weight: 4 },
  { value: "WORKING_HOLIDAY", weight: 2 },
];

export interface Prefecture {
  /** The value stored in residence_region and desired_locations. */
  readonly code: PrefectureCode;
  /** English and Japanese names, from the vocabulary, for generated free text. */
  readonly name: string;
  readonly ja: string;
  readonly stations: readonly { readonly en: string; readonly ja: string }[];
  readonly weight: number;
}

const PREFECTURE_PLACES: readonly Omit<Prefecture, "name" | "ja">[] = [
  {
    code: "JP-13",
    weight: 34,
    stations: [
      { en: "Shinjuku", ja: "新宿駅" },
      { en: "Shibuya", ja: "渋谷駅" },
      { en: "Ikebukuro", ja: "池袋駅" },
      { en: "Shinagawa", ja: "品川駅" },
      { en: "Ueno", ja: "上野駅" },
      { en: "Takadanobaba", ja: "高田馬場駅" },
      { en: "Kinshicho", ja: "錦糸町駅" },
      { en: "Kamata", ja: "蒲田駅" },
    ],
  },
  {
    code: "JP-27",
    weight: 12,
    stations: [
      { en: "Umeda", ja: "梅田駅" },
      { en: "Namba", ja: "難波駅" },
      { en: "Tennoji", ja: "天王寺駅" },
      { en: "Shin-Osaka", ja: "新大阪駅" },
    ],
  },
  {
    code: "JP-14",
    weight: 10,
    stations: [
      { en: "Yokohama", ja: "横浜駅" },
      { en: "Kawasaki", ja: "川崎駅" },
      { en: "Atsugi", ja: "本厚木駅" },
    ],
  },
  {
    code: "JP-23",
    weight: 9,
    stations: [
      { en: "Nagoya", ja: "名古屋駅" },
      { en: "Sakae", ja: "栄駅" },
      { en: "Toyota-shi", ja: "豊田市駅" },
    ],
  },
  {
    code: "JP-11",
    weight: 6,
    stations: [
      { en: "Omiya", ja: "大宮駅" },
      { en: "Kawaguchi", ja: "川口駅" },
      { en: "Warabi", ja: "蕨駅" },
    ],
  },
  {
    code: "JP-12",
    weight: 5,
    stations: [
      { en: "Chiba", ja: "千葉駅" },
      { en: "Funabashi", ja: "船橋駅" },
      { en: "Matsudo", ja: "松戸駅" },
    ],
  },
  {
    code: "JP-40",
    weight: 5,
    stations: [
      { en: "Hakata", ja: "博多駅" },
      { en: "Tenjin", ja: "天神駅" },
    ],
  },
  {
    code: "JP-28",
    weight: 4,
    stations: [
      { en: "Sannomiya", ja: "三宮駅" },
      { en: "Himeji", ja: "姫路駅" },
    ],
  },
  { code: "JP-26", weight: 2, stations: [{ en: "Kyoto", ja: "京都駅" }] },
  { code: "JP-34", weight: 2, stations: [{ en: "Hiroshima", ja: "広島駅" }] },
  { code: "JP-04", weight: 2, stations: [{ en: "Sendai", ja: "仙台駅" }] },
  { code: "JP-01", weight: 2, stations: [{ en: "Sapporo", ja: "札幌駅" }] },
  {
    code: "JP-08",
    weight: 2,
    stations: [
      { en: "Tsukuba", ja: "つくば駅" },
      { en: "Mito", ja: "水戸駅" },
    ],
  },
  {
    code: "JP-10",
    weight: 2,
    stations: [
      { en: "Takasaki", ja: "高崎駅" },
      { en: "Ota", ja: "太田駅" },
    ],
  },
  {
    code: "JP-22",
    weight: 2,
    stations: [
      { en: "Hamamatsu", ja: "浜松駅" },
      { en: "Shizuoka", ja: "静岡駅" },
    ],
  },
  { code: "JP-21", weight: 1, stations: [{ en: "Gifu", ja: "岐阜駅" }] },
];

export const PREFECTURES: readonly Prefecture[] = PREFECTURE_PLACES.map((place) => ({
  ...place,
  name: prefectures.label(place.code, "en"),
  ja: prefectures.label(place.code, "ja"),
}));

/** desired_locations code for remote work. */
export const REMOTE_LOCATION = "REMOTE";

/** Vietnamese family names with roughly their share of the population. */
export const VIETNAMESE_FAMILY_NAMES: readonly Weighted<string>[] = [
  { value: "Nguyễn", weight: 38 },
  { value: "Trần", weight: 11 },
  { value: "Lê", weight: 9.5 },
  { value: "Phạm", weight: 7 },
  { value: "Hoàng", weight: 5 },
  { value: "Huỳnh", weight: 3 },
  { value: "Phan", weight: 4.5 },
  { value: "Vũ", weight: 3.9 },
  { value: "Võ", weight: 2 },
  { value: "Đặng", weight: 2.1 },
  { value: "Bùi", weight: 2 },
  { value: "Đỗ", weight: 1.4 },
  { value: "Hồ", weight: 1.3 },
  { value: "Ngô", weight: 1.3 },
  { value: "Dương", weight: 1 },
  { value: "Lý", weight: 0.5 },
];

export const VIETNAMESE_MIDDLE_NAMES = {
  female: ["Thị", "Ngọc", "Thu", "Thanh", "Phương", "Bảo", "Khánh", "Mai", "Hồng"],
  male: ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Hoàng", "Anh", "Tuấn", "Công"],
} as const;

export const VIETNAMESE_GIVEN_NAMES = {
  female: [
    "Anh",
    "Chi",
    "Giang",
    "Hà",
    "Hạnh",
    "Hoa",
    "Hương",
    "Lan",
    "Linh",
    "Mai",
    "My",
    "Ngân",
    "Ngọc",
    "Nhung",
    "Phương",
    "Quỳnh",
    "Thảo",
    "Trang",
    "Uyên",
    "Vy",
    "Yến",
    "Hằng",
    "Thủy",
    "Huyền",
  ],
  male: [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đạt",
    "Hải",
    "Hiếu",
    "Hoàng",
    "Hùng",
    "Huy",
    "Khánh",
    "Khoa",
    "Long",
    "Minh",
    "Nam",
    "Phong",
    "Phúc",
    "Quân",
    "Quang",
    "Sơn",
    "Thành",
    "Trung",
    "Tuấn",
    "Tùng",
    "Việt",
  ],
} as const;

export interface Institution {
  readonly name: Localised;
  readonly country: string;
}

export const UNIVERSITIES: readonly Institution[] = [
  {
    country: "VN",
    name: {
      en: "Hanoi University of Science and Technology",
      vi: "Đại học Bách khoa Hà Nội",
      ja: "ハノイ工科大学",
    },
  },
  {
    country: "VN",
    name: {
      en: "Vietnam National University, Ho Chi Minh City",
      vi: "Đại học Quốc gia TP. Hồ Chí Minh",
      ja: "ホーチミン市国家大学",
    },
  },
  { country: "VN", name: { en: "FPT University", vi: "Đại học FPT", ja: "FPT大学" } },
  {
    country: "VN",
    name: { en: "Foreign Trade University", vi: "Đại học Ngoại thương", ja: "貿易大学" },
  },
  { country: "VN", name: { en: "Hanoi University", vi: "Đại học Hà Nội", ja: "ハノイ大学" } },
  { country: "VN", name: { en: "University of Da Nang", vi: "Đại học Đà Nẵng", ja: "ダナン大学" } },
  { country: "VN", name: { en: "Can Tho University", vi: "Đại học Cần Thơ", ja: "カントー大学" } },
  {
    country: "VN",
    name: {
      en: "Posts and Telecommunications Institute of Technology",
      vi: "Học viện Công nghệ Bưu chính Viễn thông",
      ja: "郵政通信技術学院",
    },
  },
  {
    country: "JP",
    name: {
      en: "Ritsumeikan Asia Pacific University",
      vi: "Đại học Ritsumeikan Châu Á Thái Bình Dương",
      ja: "立命館アジア太平洋大学",
    },
  },
  { country: "JP", name: { en: "Waseda University", vi: "Đại học Waseda", ja: "早稲田大学" } },
  { country: "JP", name: { en: "Osaka University", vi: "Đại học Osaka", ja: "大阪大学" } },
  {
    country: "JP",
    name: {
      en: "Nagoya Institute of Technology",
      vi: "Học viện Công nghệ Nagoya",
      ja: "名古屋工業大学",
    },
  },
  { country: "JP", name: { en: "Kyushu University", vi: "Đại học Kyushu", ja: "九州大学" } },
  {
    country: "PH",
    name: {
      en: "University of the Philippines Diliman",
      vi: "Đại học Philippines Diliman",
      ja: "フィリピン大学ディリマン校",
    },
  },
  {
    country: "ID",
    name: {
      en: "Bandung Institute of Technology",
      vi: "Học viện Công nghệ Bandung",
      ja: "バンドン工科大学",
    },
  },
  {
    country: "NP",
    name: { en: "Tribhuvan University", vi: "Đại học Tribhuvan", ja: "トリブバン大学" },
  },
  {
    country: "IN",
    name: {
      en: "Indian Institute of Technology Madras",
      vi: "Học viện Công nghệ Ấn Độ Madras",
      ja: "インド工科大学マドラス校",
    },
  },
  {
    country: "GB",
    name: { en: "University of Manchester", vi: "Đại học Manchester", ja: "マンチェスター大学" },
  },
  {
    country: "US",
    name: { en: "Ohio State University", vi: "Đại học Bang Ohio", ja: "オハイオ州立大学" },
  },
];

export const LANGUAGE_SCHOOLS: readonly Institution[] = [
  {
    country: "JP",
    name: { en: "ARC Academy Tokyo", vi: "Trường Nhật ngữ ARC Tokyo", ja: "ARC東京日本語学校" },
  },
  {
    country: "JP",
    name: {
      en: "Osaka YMCA Japanese Language School",
      vi: "Trường Nhật ngữ YMCA Osaka",
      ja: "大阪YMCA日本語学校",
    },
  },
  {
    country: "JP",
    name: {
      en: "Fukuoka Foreign Language College",
      vi: "Cao đẳng Ngoại ngữ Fukuoka",
      ja: "福岡外語専門学校",
    },
  },
  {
    country: "VN",
    name: {
      en: "Dong Du Japanese Language School",
      vi: "Trường Nhật ngữ Đông Du",
      ja: "ドンズー日本語学校",
    },
  },
];

/** Employers for work histories, by country. None of them is a company on the platform. */
export const EMPLOYERS: Readonly<Record<"VN" | "JP" | "OTHER", readonly string[]>> = {
  VN: [
    "FPT Software",
    "Viettel Solutions",
    "VNG Corporation",
    "Rikkeisoft",
    "CMC Global",
    "TMA Solutions",
    "Vietcombank",
    "Samsung Electronics Việt Nam",
    "Bệnh viện Bạch Mai",
    "Khách sạn Mường Thanh",
    "Công ty TNHH Acecook Việt Nam",
  ],
  JP: [
    "株式会社ミライテック",
    "株式会社さくらケア",
    "東海精密工業株式会社",
    "株式会社ひまわり食品",
    "株式会社グローバルブリッジ",
    "湘南ホテルズ株式会社",
    "株式会社北斗建設",
    "株式会社アオバ会計事務所",
    "株式会社ナゴヤオートサービス",
  ],
  OTHER: [
    "Accenture",
    "Globe Telecom",
    "Tata Consultancy Services",
    "Grab",
    "Shopee",
    "Jollibee Foods Corporation",
  ],
};

/** Nationalities per resume language, ISO 3166-1 alpha-2. */
export const NATIONALITIES: Readonly<Record<ResumeLocale, readonly Weighted<string>[]>> = {
  vi: [{ value: "VN", weight: 100 }],
  en: [
    { value: "PH", weight: 28 },
    { value: "IN", weight: 16 },
    { value: "ID", weight: 12 },
    { value: "NP", weight: 12 },
    { value: "MM", weight: 6 },
    { value: "US", weight: 8 },
    { value: "GB", weight: 4 },
    { value: "VN", weight: 14 },
  ],
  ja: [
    { value: "JP", weight: 55 },
    { value: "VN", weight: 35 },
    { value: "CN", weight: 10 },
  ],
};

export const EDUCATION_LEVELS: readonly Weighted<EducationLevel>[] = [
  { value: "SECONDARY", weight: 12 },
  { value: "VOCATIONAL", weight: 16 },
  { value: "ASSOCIATE", weight: 6 },
  { value: "BACHELOR", weight: 52 },
  { value: "MASTER", weight: 12 },
  { value: "DOCTORATE", weight: 2 },
];

/** Career level by years of experience, and the pay multiplier of that level. */
export function careerLevelFor(years: number): { level: CareerLevel; payFactor: number } {
  if (years === 0) return { level: "ENTRY", payFactor: 0.7 };
  if (years <= 2) return { level: "JUNIOR", payFactor: 0.8 };
  if (years <= 6) return { level: "MID", payFactor: 1 };
  if (years <= 10) return { level: "SENIOR", payFactor: 1.3 };
  if (years <= 14) return { level: "LEAD", payFactor: 1.55 };
  return { level: "MANAGER", payFactor: 1.8 };
}
