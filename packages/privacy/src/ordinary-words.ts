/**
 * Name parts that are also everyday words of resumes, and the contexts that mark a word as a
 * name. A name part written like one of these words is hidden only where the text shows it is
 * the name: next to another part of the same name, after a title ("anh Minh", "Mr. An"), or
 * before an honorific ("Lanさん"). Elsewhere it is the word ("thông minh", "an toàn", "LAN").
 *
 * How the list is chosen: a word is here when, written exactly so, it is common in professional
 * text in Vietnamese, English or Japanese, and it is also a common name part. Rare words that
 * happen to be names ("lê", a pear; "trần", a ceiling) are left out, so those names are still
 * hidden wherever they stand. A word not in the list is treated as a name, so the list only
 * ever trades a hidden name for a kept word; keep it small and justified.
 *
 * Keys are caseless (NFKC, lower case) and keep diacritics: "văn" (as in "văn phòng") is here;
 * "van" is here too, as the English word and the unaccented Vietnamese one.
 */
export const ORDINARY_WORDS: ReadonlySet<string> = new Set([
  // Vietnamese middle names, all ordinary words: văn phòng (office), thị trường (market),
  // đạo đức, công ty / công việc / công nghệ, quốc tế, hữu ích, thanh toán, bảo trì / bảo hiểm,
  // thu nhập, ngọc, hồng, khánh thành, phương pháp.
  "văn", "thị", "đức", "công", "quốc", "hữu", "thanh", "bảo", "thu", "ngọc", "hồng", "khánh",
  "phương", "mai", "anh", "minh",
  // Vietnamese given names that are ordinary words: an toàn (safety), hải quan / hải sản,
  // Hà Nội, hạnh phúc, hương vị, Hà Lan / Thái Lan, linh hoạt, ngân hàng (bank), thảo luận,
  // trang web, hằng ngày (daily), thủy sản, bình thường, tăng cường, dũng cảm, đạt được,
  // khoa học, phát huy, miền Nam, phong cách, quân đội, quang học, thành phố / thành viên,
  // trung tâm, tiếng Việt, chi phí, lễ tân, tiến độ, tài chính, vị trí, nhân viên, uy tín,
  // phát triển, hòa đồng, kiên nhẫn, ý nghĩa, lợi nhuận.
  "an", "hải", "hà", "hạnh", "hoa", "hương", "lan", "linh", "ngân", "thảo", "trang", "hằng",
  "thủy", "bình", "cường", "dũng", "đạt", "khoa", "long", "nam", "phong", "phúc", "quân",
  "quang", "sơn", "thành", "trung", "tùng", "việt", "chi", "tâm", "tân", "tiến", "toàn",
  "thắng", "lợi", "nghĩa", "trí", "tài", "hòa", "hoà", "phát", "kiên", "nhân", "tín", "huy",
  "my",
  // Vietnamese family names that are ordinary words: quản lý / xử lý (management, processing),
  // hồ sơ (file, resume), phạm vi (scope), thi đỗ (passed an exam), Thái Bình Dương, lâm sàng.
  "lý", "hồ", "phạm", "đỗ", "dương", "lâm",
  // Without diacritics: English words, and unaccented Vietnamese where the name part is an
  // ordinary syllable (van phong, thi truong, cong ty, quan ly).
  "van", "thi", "duc", "cong", "quoc", "huu", "bao", "thu", "ngoc", "hong", "phuong", "tuan",
  "hai", "ha", "hoa", "trang", "binh", "dung", "dat", "khoa", "phong", "quan", "quang", "son",
  "thanh", "viet", "tam", "tan", "tien", "toan", "thang", "loi", "tai", "ly", "ho", "do", "duong",
  "lam", "hang", "hung", "yen", "kim", "ba", "tin", "vu",
  // English words that are given or family names.
  "will", "mark", "grace", "hope", "faith", "joy", "may", "june", "april", "rose", "lily", "ivy",
  "ruby", "amber", "crystal", "pearl", "dawn", "summer", "autumn", "angel", "bill", "jack",
  "frank", "art", "ray", "rich", "chase", "hunter", "mason", "carter", "cooper", "sky", "reed",
  "dean", "drew", "guy", "lance", "miles", "pat", "penny", "sandy", "sue", "wade", "precious",
  "princess", "lovely", "merry", "charity", "patience", "earnest", "king", "prince", "duke",
  "major", "destiny", "harmony", "melody", "star", "young", "white", "black", "brown", "green",
  "gray", "grey", "hill", "wood", "stone", "ward", "park", "hall", "bell", "bush", "cook",
  "baker", "page", "rice", "price", "lane", "little", "love", "moon", "sharp", "short", "strong",
  "swift", "north", "west", "south", "east", "gold", "silver", "fox", "wolf", "bird", "crane",
  "head", "hardy", "noble", "wise", "good", "best", "early", "day", "march", "banks", "fields",
  "waters", "cross", "church", "bishop", "knight", "cash", "wells", "mills", "parks", "porter",
  "potter", "walker", "wall", "winter", "spring", "street", "temple", "tower", "glass", "key",
  "law", "lock", "marsh", "pool", "snow", "steel", "house", "field", "ram", "deep",
  // Short romanised Japanese and Chinese names that are words of IT and everyday English.
  "ai", "go", "ken", "kai", "ran", "rin", "jun", "dai", "shin", "rei", "he", "sun", "song",
  "pan", "fan", "ding", "gong", "ma", "han",
  // Katakana and kanji names that are ordinary words (LAN, "my", "high"; future, hope).
  "ラン", "アン", "マイ", "ハイ", "ビン", "ケン", "アイ", "リン", "未来", "希望", "大地", "大和",
  "真実", "正義", "勝利", "平和", "明日", "太陽",
]);

/**
 * A title or a self-introduction just before a word marks it as a name: "Mr. An", "anh Minh",
 * "chị Lan", "tôi là Hà", "my name is Long". Only for a capitalised word: "anh văn" stays.
 */
export const NAME_TITLE_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:mr|mrs|ms|miss|dr|mx|anh|chị|em|cô|chú|bác|ông|bà|bạn|(?:tôi|mình|em|tớ|tên|tên tôi|tên của tôi) là|i am|i'm|my name is|name is|name|tên)\.?:?\s{1,2}$/u;

/** An honorific or a job title right after a word marks it as a name: "Lanさん", "田中部長", "Lan-san". */
export const HONORIFIC_AFTER =
  /^(?:\s?(?:さん|さま|様|氏|くん|君|ちゃん|先生|殿|部長|課長|係長|社長|店長|主任)|[-\s]?(?:san|sama|sensei)(?![\p{L}\p{M}]))/u;
