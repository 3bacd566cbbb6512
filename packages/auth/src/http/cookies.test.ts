import { describe, expect, it } from "vitest";

import { blankSessionCookie, readSessionToken, sessionCookie } from "./cookies";

describe("session cookies", () => {
  it("uses a __Host- cookie per app with HttpOnly, Secure, SameSite=Lax and Path=/", () => {
    const cookie = sessionCookie("EMPLOYER", "abc.def", { secure: true });
    expect(cookie).toBe(
      `__Host-tsunagu_employer=abc.def; Path=/; HttpOnly; SameSite=Lax; Max-Age=${30 * 86_400}; Secure`,
    );
  });

  it("drops the __Host- prefix and Secure on local http, where browsers would refuse them", () => {
    const cookie = sessionCookie("SEEKER", "abc.def", { secure: false });
    expect(cookie.startsWith("tsunagu_seeker=abc.def;")).toBe(true);
    expect(cookie).not.toContain("Secure");
  });

  it("gives admin cookies the admin session lifetime", () => {
    expect(sessionCookie("ADMIN", "t", { secure: true })).toContain(`Max-Age=${12 * 3600}`);
  });

  it("caps Max-Age at the session's remaining lifetime when given", () => {
    const now = new Date("2025-01-01T00:00:00Z");
    const expiresAt = new Date("2025-01-01T01:00:00Z");
    expect(sessionCookie("SEEKER", "t", { secure: true, now, expiresAt })).toContain(
      "Max-Age=3600;",
    );
  });

  it("blanks the cookie on sign-out", () => {
    expect(blankSessionCookie("ADMIN", { secure: true })).toBe(
      "__Host-tsunagu_admin=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure",
    );
  });

  it("reads only the cookie of the requested app", () => {
    const header = "theme=dark; __Host-tsunagu_seeker=seek.er; __Host-tsunagu_employer=emp.loyer";
    expect(readSessionToken(header, "SEEKER", { secure: true })).toBe("seek.er");
    expect(readSessionToken(header, "EMPLOYER", { secure: true })).toBe("emp.loyer");
    expect(readSessionToken(header, "ADMIN", { secure: true })).toBeNull();
    expect(readSessionToken(null, "SEEKER", { secure: true })).toBeNull();
  });

  it("on https accepts the session only under its __Host- name", () => {
    // A sibling subdomain or a plain-http response can set the unprefixed cookie, not this one.
    const planted = "tsunagu_seeker=planted.token";
    expect(readSessionToken(planted, "SEEKER", { secure: true })).toBeNull();
    expect(
      readSessionToken(`${planted}; __Host-tsunagu_seeker=real.one`, "SEEKER", { secure: true }),
    ).toBe("real.one");
    // Local http has no prefix to insist on.
    expect(readSessionToken(planted, "SEEKER", { secure: false })).toBe("planted.token");
  });
});
