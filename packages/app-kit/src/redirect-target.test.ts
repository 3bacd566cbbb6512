import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect-target";

const ORIGIN = "https://jobs.tsunagu.example";

describe("safeRedirectPath", () => {
  it("keeps paths of this app, with their query and hash", () => {
    expect(safeRedirectPath("/account", ORIGIN)).toBe("/account");
    expect(safeRedirectPath("/join?token=abc#top", ORIGIN)).toBe("/join?token=abc#top");
    expect(safeRedirectPath("/jobs/%E6%9D%B1%E4%BA%AC", ORIGIN)).toBe("/jobs/%E6%9D%B1%E4%BA%AC");
  });

  // Each of these sent a signed-in user to another site, or crashed the redirect, before.
  it.each([
    "//evil.example",
    "//evil.example/path",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\t\\evil.example",
    "/.//evil.example",
    "/a/..//evil.example",
    "/%2e%2e//evil.example",
    "https://evil.example/",
    "http://jobs.tsunagu.example/", // same host, other scheme
    "javascript:alert(1)",
    "evil.example",
    "",
  ])("refuses %j", (value) => {
    expect(safeRedirectPath(value, ORIGIN, "/home")).toBe("/home");
  });

  it("never returns a control character, so a Location header cannot break", () => {
    for (const value of ["/a\nb", "/a\rb", "/a\u0000b", "/a\tb"]) {
      const target = safeRedirectPath(value, ORIGIN);
      expect([...target].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
    }
  });

  it("falls back for values that are not text", () => {
    expect(safeRedirectPath(null, ORIGIN)).toBe("/");
    expect(safeRedirectPath(new File([], "x"), ORIGIN)).toBe("/");
  });
});
