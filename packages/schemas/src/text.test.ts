import { describe, expect, it } from "vitest";
import { findMalformedText, isWellFormedText, text } from "./text";

describe("well-formed text", () => {
  it("accepts ordinary text in every script the product uses", () => {
    for (const value of [
      "",
      "Kỹ sư phần mềm",
      "品質管理を担当",
      "emoji 🎌 ok",
      "tab\tand\nnewline",
    ]) {
      expect(isWellFormedText(value)).toBe(true);
      expect(text().safeParse(value).success).toBe(true);
    }
  });

  it("refuses a NUL and lone surrogates with a message", () => {
    for (const value of ["a\u0000b", "\ud800", "x\udfffy", "🎌".slice(0, 1)]) {
      const result = text().safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/cannot be stored/);
    }
  });

  it("finds a bad string anywhere in a nested value, keys included", () => {
    expect(findMalformedText({ a: [1, { b: "fine" }] })).toBeNull();
    expect(findMalformedText({ a: [1, { b: "bad\u0000" }] })).toBe("bad\u0000");
    expect(findMalformedText({ ["k\ud800"]: 1 })).toBe("k\ud800");
  });
});
