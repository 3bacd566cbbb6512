/**
 * Words of employer names and station names that identify nobody: corporate forms, generic
 * business words and place names, in English, Vietnamese and Japanese. An employer is hidden by
 * its whole name or by its distinctive words ("Toyota" of "Toyota Motor Corporation"); these
 * words alone are what everybody writes ("motor", "hotel", "front desk", "Tokyo").
 *
 * Latin entries are folded (lower case, no diacritics) and may span words ("cong ty tnhh",
 * "ho chi minh"); Japanese entries are matched as parts of a name without spaces.
 */
const CORPORATE_FORMS = [
  "co", "ltd", "inc", "llc", "llp", "plc", "corp", "corporation", "company", "limited", "holdings",
  "holding", "group", "jsc", "kk", "k k", "gk", "kabushiki kaisha", "kabushiki gaisha", "kaisha",
  "yugen kaisha", "godo kaisha", "pte", "pty", "gmbh", "ag", "sa", "srl", "bv", "sdn bhd", "bhd",
  "pt", "tbk", "cong ty", "cong ty tnhh", "tnhh", "mtv", "cong ty co phan", "co phan", "cp",
  "tap doan", "tong cong ty", "chi nhanh", "van phong dai dien", "the", "and", "of", "de",
];

const GENERIC_BUSINESS_WORDS = [
  // English
  "hotel", "hotels", "resort", "resorts", "inn", "build", "builders", "building", "construction",
  "solutions", "solution", "software", "services", "service", "food", "foods", "motor", "motors",
  "bank", "banking", "systems", "system", "technology", "technologies", "tech", "trading", "trade",
  "logistics", "consulting", "consultancy", "consultants", "international", "global",
  "electronics", "electric", "industries", "industrial", "industry", "manufacturing", "engineering",
  "partners", "associates", "enterprises", "enterprise", "digital", "media", "telecom",
  "telecommunications", "communications", "network", "networks", "labs", "lab", "studio", "works",
  "factory", "healthcare", "health", "care", "medical", "clinic", "hospital", "pharma",
  "pharmaceutical", "restaurant", "restaurants", "cafe", "education", "academy", "school",
  "university", "institute", "center", "centre", "travel", "tours", "transport", "shipping",
  "express", "finance", "financial", "capital", "investment", "securities", "insurance", "realty",
  "real estate", "properties", "development", "design", "marketing", "management", "energy",
  "power", "auto", "automotive", "precision", "machinery", "chemical", "chemicals", "steel",
  "textile", "apparel", "fashion", "retail", "store", "stores", "mart", "market", "shop", "front",
  "desk", "new", "grand", "royal", "central", "united", "general", "national", "first", "smart",
  "star", "sun", "city", "bay", "park", "plaza", "tower", "asia", "pacific", "east", "west",
  "north", "south", "nippon", "nihon", "world", "life", "home", "house", "office", "agency",
  "staffing", "human", "resources", "outsourcing", "data", "cloud", "it", "ai",
  // Vietnamese
  "dich vu", "thuong mai", "xay dung", "dau tu", "phat trien", "cong nghe", "giai phap",
  "phan mem", "san xuat", "xuat nhap khau", "van tai", "du lich", "khach san", "nha hang",
  "benh vien", "truong", "dai hoc", "ngan hang", "thuc pham", "dien tu", "co khi", "tu van",
  "ky thuat", "truyen thong", "vien thong", "bao hiem", "quoc te", "toan cau", "thiet bi",
  "vat lieu", "may mac", "det may", "nong nghiep", "thuy san", "y te", "giao duc", "tai chinh",
  "chung khoan", "bat dong san", "kinh doanh", "hop tac xa", "nha may", "xi nghiep", "trung tam",
  "hoc vien", "cao dang", "phong kham", "cua hang", "sieu thi", "o to", "dien", "nuoc",
];

/** Prefectures, large cities and regions: coarse enough to share (a prefecture may be shown). */
const PLACE_NAMES = [
  "japan", "vietnam", "viet nam", "viet", "nam",
  "tokyo", "osaka", "kyoto", "hokkaido", "aomori", "iwate", "miyagi", "akita", "yamagata",
  "fukushima", "ibaraki", "tochigi", "gunma", "saitama", "chiba", "kanagawa", "niigata", "toyama",
  "ishikawa", "fukui", "yamanashi", "nagano", "gifu", "shizuoka", "aichi", "mie", "shiga", "hyogo",
  "nara", "wakayama", "tottori", "shimane", "okayama", "hiroshima", "yamaguchi", "tokushima",
  "kagawa", "ehime", "kochi", "fukuoka", "saga", "nagasaki", "kumamoto", "oita", "miyazaki",
  "kagoshima", "okinawa", "sapporo", "sendai", "yokohama", "kawasaki", "sagamihara", "nagoya",
  "kobe", "sakai", "hamamatsu", "kitakyushu", "kanto", "kansai", "tokai", "kyushu", "tohoku",
  "hokuriku", "shikoku", "chubu", "chugoku", "kinki",
  "ha noi", "hanoi", "ho chi minh", "hcm", "tp hcm", "saigon", "sai gon", "da nang", "danang",
  "hai phong", "can tho", "hue", "nha trang", "bac ninh", "hai duong", "nghe an", "thanh hoa",
  "vung tau", "binh duong", "dong nai", "quang ninh", "thai nguyen", "vinh phuc", "hung yen",
  "long an", "khanh hoa", "lam dong", "da lat", "ha long", "mien bac", "mien trung", "mien nam",
];

/** Every generic or place phrase, as sequences of folded words. */
export const EMPLOYER_STOP_PHRASES: readonly (readonly string[])[] = [
  ...CORPORATE_FORMS,
  ...GENERIC_BUSINESS_WORDS,
  ...PLACE_NAMES,
].map((phrase) => phrase.split(" "));

/** Coarse places: a station named like one ("Kyoto", "千葉駅" without 駅) is not hidden by that name alone. */
export const COARSE_PLACE_NAMES: ReadonlySet<string> = new Set([
  ...PLACE_NAMES,
  "東京", "東京都", "大阪", "大阪府", "京都", "京都府", "北海道", "青森", "岩手", "宮城", "秋田", "山形",
  "福島", "茨城", "栃木", "群馬", "埼玉", "千葉", "神奈川", "新潟", "富山", "石川", "福井", "山梨",
  "長野", "岐阜", "静岡", "愛知", "三重", "滋賀", "兵庫", "奈良", "和歌山", "鳥取", "島根", "岡山",
  "広島", "山口", "徳島", "香川", "愛媛", "高知", "福岡", "佐賀", "長崎", "熊本", "大分", "宮崎",
  "鹿児島", "沖縄", "札幌", "仙台", "横浜", "川崎", "名古屋", "神戸", "堺", "浜松", "北九州",
]);

/** Japanese legal forms, dropped from a Japanese employer name before matching it. */
export const JAPANESE_LEGAL_FORMS =
  /株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|社会福祉法人|医療法人|学校法人|[(（]株[)）]|[(（]有[)）]|㈱|㈲/gu;

/**
 * Generic words at the end of Japanese employer names ("サクラ食品", "北斗建設"), removed one by
 * one to reach the distinctive part; then place names at its start are not enough on their own.
 */
export const JAPANESE_GENERIC_SUFFIXES = [
  "工業", "食品", "建設", "商事", "物産", "産業", "製作所", "電機", "電気", "電子", "自動車", "精密",
  "精工", "化学", "製薬", "薬品", "運輸", "物流", "倉庫", "不動産", "銀行", "証券", "保険", "商会",
  "商店", "工務店", "興業", "開発", "技研", "技術", "情報", "通信", "会計事務所", "法律事務所",
  "事務所", "病院", "介護", "福祉", "ホテルズ", "ホテル", "グループ", "ホールディングス", "サービス",
  "システムズ", "システム", "ソリューションズ", "ソリューション", "テクノロジーズ", "テクノロジー",
  "テック", "ケア", "フーズ", "オート", "モーターズ", "モーター", "トレーディング", "ロジスティクス",
  "コンサルティング", "エンジニアリング", "インターナショナル", "ジャパン", "ネットワーク",
  "デザイン", "メディア", "ホーム", "グローバル",
];
