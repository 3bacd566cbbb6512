import { describe, expect, it } from "vitest";
import { detectLocale, localeCookie, resolveLocale } from "./server";

const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://seeker.test${path}`, { headers });

async function redirectOf(promise: Promise<unknown>): Promise<Response> {
  const thrown = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(Response);
  return thrown as Response;
}

describe("language detection", () => {
  it("prefers ?lng=, then the cookie, then Accept-Language, then English", async () => {
    const cookie = await localeCookie.serialize("ja");
    expect(
      await detectLocale(request("/?lng=vi", { Cookie: cookie, "Accept-Language": "en" })),
    ).toBe("vi");
    expect(await detectLocale(request("/", { Cookie: cookie, "Accept-Language": "vi" }))).toBe(
      "ja",
    );
    expect(await detectLocale(request("/", { "Accept-Language": "vi-VN,vi;q=0.9,en;q=0.5" }))).toBe(
      "vi",
    );
    expect(await detectLocale(request("/", { "Accept-Language": "ko-KR" }))).toBe("en");
  });
});

describe("resolveLocale", () => {
  it("returns the locale when the URL makes no choice", async () => {
    expect(await resolveLocale(request("/jobs", { "Accept-Language": "ja" }))).toBe("ja");
  });

  it("stores a ?lng= choice in the cookie and redirects to the same page without it", async () => {
    const response = await redirectOf(resolveLocale(request("/jobs?page=2&lng=vi")));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/jobs?page=2");
    const setCookie = response.headers.get("Set-Cookie") ?? "";
    expect(await localeCookie.parse(setCookie.split(";")[0] ?? "")).toBe("vi");
    expect(setCookie).toMatch(/HttpOnly/i);
  });

  it("never redirects to another site", async () => {
    const response = await redirectOf(resolveLocale(request("//evil.example/?lng=ja")));
    expect(response.headers.get("Location")).toBe("/evil.example/");
  });

  it("ignores an unsupported choice and keeps the detected language", async () => {
    const response = await redirectOf(
      resolveLocale(request("/?lng=xx", { "Accept-Language": "vi" })),
    );
    expect(
      await localeCookie.parse((response.headers.get("Set-Cookie") ?? "").split(";")[0] ?? ""),
    ).toBe("vi");
  });
});
