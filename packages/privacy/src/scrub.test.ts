import { describe, expect, it } from "vitest";
import { SCRUB_MARKER as M, scrubFreeText } from "./scrub";

const none = { names: [], employers: [], places: [], literals: [] };

describe("scrubFreeText: contact patterns", () => {
  it.each([
    ["Mail me at lan.nguyen+jobs@gmail.com please", `Mail me at ${M} please`],
    ["lan at gmail dot com is best", `${M} is best`],
    ["lan (at) yahoo (dot) co (dot) jp", M],
    ["lan[at]outlook[dot]com thanks", `${M} thanks`],
    ["lan @ gmail . com", M],
    ["grace dot santos at outlook dot com, thanks", `${M}, thanks`],
    ["lan (a) gmail.com", M],
    ["lan a còng gmail chấm com nhé", `${M} nhé`],
    ["tanaka アットマーク gmail ドット com まで", `${M} まで`],
    ["ｌａｎ＠ｇｍａｉｌ．ｃｏｍ", M],
  ])("hides the email in %j", (input, expected) => {
    expect(scrubFreeText(input, none)).toBe(expected);
  });

  it.each([
    ["Call 090-1234-5678 after 6pm", `Call ${M} after 6pm`],
    ["TEL: 03 1234 5678.", `TEL: ${M}.`],
    ["(03) 1234-5678", M],
    ["０９０ー１２３４ー５６７８ まで", `${M} まで`],
    ["SĐT 0912.345.678 nhé", `SĐT ${M} nhé`],
    ["Phone +84 912 345 678 or +81-90-1234-5678", `Phone ${M} or ${M}`],
    ["whatsapp +8490123456", `whatsapp ${M}`],
  ])("hides the phone number in %j", (input, expected) => {
    expect(scrubFreeText(input, none)).toBe(expected);
  });

  it.each([
    ["Portfolio: https://lan.dev/work?x=1 (new)", `Portfolio: ${M} (new)`],
    ["see www.example.org/me", `see ${M}`],
    ["my site lan-nguyen.co.jp/about is up", `my site ${M} is up`],
    ["Zalo: lan_nguyen92", `Zalo: ${M}`],
    ["LINE ID：lan92", `LINE ID：${M}`],
    ["skype live:lan.nguyen", `skype live:lan.nguyen`.replace("live:lan.nguyen", "live:lan.nguyen")],
    ["Find me on instagram @lan.codes", `Find me on instagram ${M}`],
    ["facebook.com/lan.nguyen.92", M],
  ])("hides the link or handle in %j", (input, expected) => {
    const out = scrubFreeText(input, none);
    if (input.startsWith("skype")) {
      expect(out).not.toContain("lan.nguyen");
    } else {
      expect(out).toBe(expected);
    }
  });

  it.each([
    "Built REST APIs with ASP.NET Core and Node.js",
    "Worked 2015 - 2019 and 2019.04 – 2023.03 in Osaka",
    "Managed a product line: kitchen appliances",
    "Ran Facebook and Instagram ad campaigns",
    "Salary 3,000,000 VND, 4 years of experience, JLPT N2",
    "品質管理を担当しました。",
    "アットホームな職場で、chấm điểm と a còng の話",
  ])("leaves ordinary professional text alone: %j", (input) => {
    expect(scrubFreeText(input, none)).toBe(input);
  });
});

describe("scrubFreeText: the person's own values", () => {
  const personal = {
    names: ["Nguyễn Thị Lan", "田中 太郎", "An"],
    employers: ["Toyota Motor Corporation", "株式会社サクラ食品"],
    places: ["Shin-Okubo Station", "新大久保駅"],
    literals: [],
  };

  it("hides names written without diacritics or in another case", () => {
    expect(scrubFreeText("I am NGUYEN thi lan from Hanoi", personal)).toBe(
      `I am ${M} from Hanoi`,
    );
  });

  it("hides employers by their distinctive name and Japanese names without the legal form", () => {
    expect(scrubFreeText("Engineer at Toyota since 2020; before that サクラ食品で勤務", personal)).toBe(
      `Engineer at ${M} since 2020; before that ${M}で勤務`,
    );
  });

  it("hides the nearest station in both scripts and keeps the rest", () => {
    expect(scrubFreeText("10 min from Shin-Okubo, 新大久保駅徒歩", personal)).toBe(
      `10 min from ${M}, ${M}徒歩`,
    );
  });

  it("matches short names only as whole words, and an ordinary word only where it is the name", () => {
    expect(scrubFreeText("Analyst: Mr. An led the plan", personal)).toBe(`Analyst: Mr. ${M} led the plan`);
    expect(scrubFreeText("Analyst: An led an analysis", personal)).toBe("Analyst: An led an analysis");
  });
});

describe("scrubFreeText: disguised contact details", () => {
  // Every character of the Unicode dash class and the other signs people type for "-".
  it.each([
    ["U+FF0D", "\uff0d"], ["U+2212", "\u2212"], ["U+301C", "\u301c"], ["U+30FC", "\u30fc"],
    ["U+2010", "\u2010"], ["U+2011", "\u2011"], ["U+2012", "\u2012"], ["U+2013", "\u2013"],
    ["U+2014", "\u2014"], ["U+2015", "\u2015"], ["U+FE58", "\ufe58"], ["U+FE63", "\ufe63"],
    ["U+2E3A", "\u2e3a"], ["U+FF70", "\uff70"], ["U+30A0", "\u30a0"], ["U+2796", "\u2796"],
  ])("hides a phone number separated by %s", (_, dash) => {
    expect(scrubFreeText(`Tel 090${dash}1234${dash}5678 nhé`, none)).toBe(`Tel ${M} nhé`);
    expect(scrubFreeText(`電話：０９０${dash}１２３４${dash}５６７８まで`, none)).toBe(`電話：${M}まで`);
  });

  it.each([
    ["kanji numerals", "〇九〇ー一二三四ー五六七八"],
    ["kanji numerals with 零", "零九〇一二三四五六七八"],
    ["full-width digits without separators", "０９０１２３４５６７８"],
    ["one space between every digit", "0 9 0 1 2 3 4 5 6 7 8"],
    ["full-width spaces between digits", "０　９　０　１　２　３　４　５　６　７　８"],
    ["zero-width spaces", "090\u200b1234\u200b5678"],
    ["soft hyphens", "0912\u00ad345\u00ad678"],
    ["wide separators", "090 -- 1234 -- 5678"],
    ["runs of spaces", "090    1234    5678"],
    ["slashes", "090/1234/5678"],
    ["middle dots", "090・1234・5678"],
    ["English words", "zero nine zero one two three four five six seven eight"],
    ["Vietnamese words", "không chín một hai ba bốn năm sáu bảy tám"],
    ["katakana", "ゼロキュウゼロ イチニサンヨン ゴロクナナハチ"],
  ])("hides a phone number written with %s", (_, phone) => {
    expect(scrubFreeText(`SĐT: ${phone} (Zalo)`, none)).toBe(`SĐT: ${M} (Zalo)`);
  });

  it.each([
    "Lương mong muốn 300.000.000 VND/năm",
    "Thu nhập 25,000,000 đồng mỗi tháng",
    "2019.04 〜 2023.03 東京で勤務",
    "2015－2019年 ２０１９〜２０２３年",
    "一二三 is not a phone, and neither is 統一",
    "Tôi có hai năm kinh nghiệm, ba dự án và không một lần trễ hạn",
    "one, two, three, four: a plan in nine steps",
    "ハチミツとサンドイッチ、ゼロから学ぶ",
  ])("keeps amounts and dates: %j", (input) => {
    expect(scrubFreeText(input, none)).toBe(input);
  });
});

describe("scrubFreeText: names written as one word", () => {
  const personal = {
    names: ["Lan", "Thị", "Nguyễn", "Lan Thị Nguyễn", "太郎", "田中", "太郎 田中", "Taro Tanaka"],
    employers: [],
    places: [],
    literals: [],
  };

  it.each(["NguyenLan", "nguyenthilan", "LanNguyen", "NGUYỄNLAN", "NguyễnThịLan", "TanakaTaro", "taro_tanaka", "田中太郎", "ｎｇｕｙｅｎｌａｎ"])(
    "hides %j",
    (written) => {
      expect(scrubFreeText(`Liên hệ ${written} để biết thêm`, personal)).toBe(`Liên hệ ${M} để biết thêm`);
    },
  );

  it("hides a name written with initials", () => {
    expect(scrubFreeText("Trưởng nhóm: N.T. Lan; Nguyen T. Lan; N. T. Lan", personal)).toBe(`Trưởng nhóm: ${M}; ${M}; ${M}`);
    expect(scrubFreeText("JLPT N2, T.V. and a V8 engine", personal)).toBe("JLPT N2, T.V. and a V8 engine");
  });

  it("hides a name made into a handle with digits", () => {
    expect(scrubFreeText("Tên đăng nhập nguyenlan92, mật khẩu riêng", personal)).not.toMatch(/nguyen|lan/i);
  });
});

describe("scrubFreeText: ordinary words stay", () => {
  const seeker = (names: string[], employers: string[] = [], places: string[] = []) => ({
    names: [...names, names.join(" ")],
    employers,
    places,
    literals: [],
  });

  it("keeps a Vietnamese word that differs from a name only by its diacritics", () => {
    const phan = seeker(["Minh", "Văn", "Phan"]);
    expect(scrubFreeText("Kỹ sư phần mềm, 5 năm kinh nghiệm", phan)).toBe("Kỹ sư phần mềm, 5 năm kinh nghiệm");
    expect(scrubFreeText("Phan phụ trách phân tích", phan)).toBe(`${M} phụ trách phân tích`);
    expect(scrubFreeText("PHAN and phan", phan)).toBe(`${M} and ${M}`);
    const le = seeker(["An", "Văn", "Lê"]);
    expect(scrubFreeText("Lễ tân khách sạn, lễ hội", le)).toBe("Lễ tân khách sạn, lễ hội");
    expect(scrubFreeText("Referee: Lê (manager)", le)).toBe(`Referee: ${M} (manager)`);
  });

  it("still hides a name written without diacritics", () => {
    const nguyen = seeker(["Lan", "Thị", "Nguyễn"]);
    expect(scrubFreeText("Nguyen and NGUYEN wrote this", nguyen)).toBe(`${M} and ${M} wrote this`);
  });

  it("hides a middle or given name that is a word only beside the rest of the name", () => {
    const minh = seeker(["Minh", "Văn", "Nguyễn"]);
    expect(scrubFreeText("Làm việc tại văn phòng, nghiên cứu thị trường; nền văn minh", minh)).toBe(
      "Làm việc tại văn phòng, nghiên cứu thị trường; nền văn minh",
    );
    expect(scrubFreeText("Người giới thiệu: Nguyễn Văn Minh.", minh)).toBe(`Người giới thiệu: ${M}.`);
    expect(scrubFreeText("Tôi là Văn Minh, thông minh và chăm chỉ", minh)).toBe(`Tôi là ${M}, thông minh và chăm chỉ`);
    expect(scrubFreeText("Hãy hỏi anh Minh hoặc Minhさん", minh)).toBe(`Hãy hỏi anh ${M} hoặc ${M}さん`);
  });

  it("keeps English words that are name parts: an, do, LAN", () => {
    const names = seeker(["An", "Lan", "Đỗ"]);
    expect(scrubFreeText("I do an analysis of the LAN", names)).toBe("I do an analysis of the LAN");
    expect(scrubFreeText("Contact Mr. An", names)).toBe(`Contact Mr. ${M}`);
  });

  it("keeps katakana words that contain a short name, and hides the name itself", () => {
    const ran = seeker(["ラン", "グエン"]);
    expect(scrubFreeText("フリーランスでランチ営業、ブランド管理", ran)).toBe("フリーランスでランチ営業、ブランド管理");
    expect(scrubFreeText("グエン・ランです。ランさんに連絡", ran)).toBe(`${M}です。${M}さんに連絡`);
  });

  it("keeps kanji words that contain a one-character name", () => {
    const ken = seeker(["健", "山田"]);
    expect(scrubFreeText("健康管理と栄養指導", ken)).toBe("健康管理と栄養指導");
    expect(scrubFreeText("林業の経験、中林さんの紹介", seeker(["優", "林"]))).toBe("林業の経験、中林さんの紹介");
    expect(scrubFreeText("山田健です。健さんと呼ばれます", ken)).toBe(`${M}です。${M}さんと呼ばれます`);
  });

  it("hides an employer by its distinctive words, not by generic ones", () => {
    const worker = seeker(["Lan"], ["Toyota Motor Corporation", "Tokyu Bay Front Hotel", "Hoàng Long Build Co., Ltd."]);
    expect(scrubFreeText("Motor skills; front desk at a hotel; I build software with Co. workers", worker)).toBe(
      "Motor skills; front desk at a hotel; I build software with Co. workers",
    );
    expect(scrubFreeText("Worked at Toyota, then at Tokyu Bay, then Hoàng Long Build", worker)).toBe(
      `Worked at ${M}, then at ${M}, then ${M}`,
    );
  });

  it("hides a Vietnamese employer by its name and keeps the generic words", () => {
    const worker = seeker(["Lan"], ["Khách sạn Mường Thanh", "Công ty TNHH Acecook Việt Nam"]);
    expect(scrubFreeText("Quản trị khách sạn, thanh toán, công ty Việt Nam", worker)).toBe(
      "Quản trị khách sạn, thanh toán, công ty Việt Nam",
    );
    expect(scrubFreeText("Lễ tân tại Mường Thanh, sau đó Acecook", worker)).toBe(`Lễ tân tại ${M}, sau đó ${M}`);
  });

  it("hides an employer named only with generic words by its whole name", () => {
    const worker = seeker(["Lan"], ["Global Solutions Group"]);
    expect(scrubFreeText("Global teams, solutions; 3 years at Global Solutions Group", worker)).toBe(
      `Global teams, solutions; 3 years at ${M}`,
    );
  });

  it("keeps a station name that is only a prefecture or city, and hides the station", () => {
    const commuter = seeker(["Lan"], [], ["Kyoto", "京都駅", "栄駅"]);
    expect(scrubFreeText("Kyoto University graduate, 京都で勤務, 栄養士", commuter)).toBe("Kyoto University graduate, 京都で勤務, 栄養士");
    expect(scrubFreeText("京都駅から徒歩5分、栄駅にも近い", commuter)).toBe(`${M}から徒歩5分、${M}にも近い`);
  });
});
