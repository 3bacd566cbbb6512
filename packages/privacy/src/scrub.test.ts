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

  it("matches short names only as whole words", () => {
    expect(scrubFreeText("Analyst: An led the plan", personal)).toBe(`Analyst: ${M} led the plan`);
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
  ])("hides a phone number written with %s", (_, phone) => {
    expect(scrubFreeText(`SĐT: ${phone} (Zalo)`, none)).toBe(`SĐT: ${M} (Zalo)`);
  });

  it.each([
    "Lương mong muốn 300.000.000 VND/năm",
    "Thu nhập 25,000,000 đồng mỗi tháng",
    "2019.04 〜 2023.03 東京で勤務",
    "2015－2019年 ２０１９〜２０２３年",
    "一二三 is not a phone, and neither is 統一",
  ])("keeps amounts and dates: %j", (input) => {
    expect(scrubFreeText(input, none)).toBe(input);
  });
});
