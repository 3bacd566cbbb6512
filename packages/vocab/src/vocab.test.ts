import { describe, expect, expectTypeOf, it } from "vitest";
import {
  COUNTRY_CODES,
  countries,
  countryCode,
  desiredLocationCode,
  desiredLocations,
  LANGUAGE_CODES,
  languageCode,
  languageLevels,
  languages,
  prefectureCode,
  prefectures,
  UI_LOCALES,
  visaStatuses,
  type DesiredLocationCode,
  type VisaStatusCode,
} from "./index";

describe("prefectures", () => {
  it("are the 47 ISO 3166-2:JP codes in order, each named in every UI language", () => {
    expect(prefectures.codes).toEqual(Array.from({ length: 47 }, (_, i) => `JP-${String(i + 1).padStart(2, "0")}`));
    expect(prefectures.label("JP-13", "en")).toBe("Tokyo");
    expect(prefectures.label("JP-13", "ja")).toBe("東京都");
    expect(prefectures.label("JP-27", "vi")).toBe("Osaka");
    for (const code of prefectures.codes) for (const locale of UI_LOCALES) expect(prefectures.label(code, locale)).toMatch(/\S/);
  });

  it("know nothing but their codes", () => {
    for (const value of ["Tokyo", "JP-48", "JP-00", "jp-13", " JP-13", "JP-13 ", "", null, 13]) {
      expect(prefectures.has(value)).toBe(false);
      expect(prefectureCode.safeParse(value).success).toBe(false);
    }
    expect(prefectureCode.safeParse("Tokyo").error?.issues[0]?.message).toBe("Use a prefecture code (JP-01 … JP-47)");
  });
});

describe("desired locations", () => {
  it("are the prefectures plus remote work and anywhere in Japan, named in three languages", () => {
    expect(desiredLocations.codes).toEqual([...prefectures.codes, "REMOTE", "ANYWHERE_JP"]);
    expect(desiredLocations.names("JP-13")).toEqual(["Tokyo", "東京都"]);
    expect(desiredLocations.names("REMOTE")).toEqual(["Remote", "Làm việc từ xa", "リモート"]);
    expect(desiredLocationCode.safeParse("Remote").success).toBe(false);
    expectTypeOf<DesiredLocationCode>().toEqualTypeOf<(typeof prefectures.codes)[number] | "REMOTE" | "ANYWHERE_JP">();
  });
});

describe("countries", () => {
  it("are the 249 assigned ISO 3166-1 alpha-2 codes, without reserved or user-assigned ones", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const code of ["JP", "VN", "PH", "NP", "MM", "GB", "US"]) expect(countries.has(code)).toBe(true);
    for (const code of ["UK", "EU", "XK", "ZZ", "jp", "JPN"]) expect(countryCode.safeParse(code).success).toBe(false);
  });

  it("take their names from this runtime's CLDR data in all three languages (Node's full ICU)", () => {
    expect(countries.label("VN", "en")).toBe("Vietnam");
    expect(countries.label("JP", "vi")).toBe("Nhật Bản");
    expect(countries.label("VN", "ja")).toBe("ベトナム");
    // A runtime without the data would answer with the code itself.
    for (const code of COUNTRY_CODES) for (const locale of UI_LOCALES) expect(countries.label(code, locale)).not.toBe(code);
  });
});

describe("languages", () => {
  it("are the 184 ISO 639-1 codes, with names as data in every UI language", () => {
    expect(LANGUAGE_CODES).toHaveLength(184);
    expect(new Set(LANGUAGE_CODES).size).toBe(184);
    for (const code of LANGUAGE_CODES) {
      for (const locale of UI_LOCALES) {
        expect(languages.label(code, locale)).toMatch(/\S/);
        expect(languages.label(code, locale)).not.toBe(code);
      }
    }
    expect(languages.names("ja")).toEqual(["Japanese", "Tiếng Nhật", "日本語"]);
    for (const value of ["jpn", "JA", "ja-JP", "Japanese", "xx"]) expect(languageCode.safeParse(value).success).toBe(false);
  });
});

describe("resume enumerations", () => {
  it("have typed codes and a name in every UI language", () => {
    expectTypeOf<VisaStatusCode>().not.toEqualTypeOf<string>();
    expect(visaStatuses.label("SPECIFIED_SKILLED_WORKER_1", "ja")).toBe("特定技能1号");
    expect(languageLevels.codes).toContain("JLPT_N2");
    expect(languageLevels.has("N2")).toBe(false);
  });
});
