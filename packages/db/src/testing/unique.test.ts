import { describe, expect, it } from "vitest";

import { slugify, uniqueSuffix } from "./unique";

describe("slugify", () => {
  it("transliterates Vietnamese and keeps URL-safe characters", () => {
    expect(slugify("Nguyễn Văn Đạt")).toBe("nguyen-van-dat");
    expect(slugify("  Sakura Systems KK.  ")).toBe("sakura-systems-kk");
  });

  it("is empty for names without Latin letters, so callers choose a fallback", () => {
    expect(slugify("本間 英樹")).toBe("");
  });
});

describe("uniqueSuffix", () => {
  it("does not repeat within a process", () => {
    const suffixes = Array.from({ length: 1000 }, uniqueSuffix);
    expect(new Set(suffixes).size).toBe(1000);
  });
});
