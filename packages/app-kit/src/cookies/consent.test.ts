import { KNOWN_DEVICE_LIFETIME_MS, SESSION_POLICY } from "@tsunagu/auth";
import { resources } from "@tsunagu/i18n";
import { localeCookie, resolveLocale } from "@tsunagu/i18n/server";
import { describe, expect, it } from "vitest";
import {
  cookieChoiceCookie,
  optionalCookie,
  optionalCookiesToClear,
  readCookieChoice,
} from "./consent";
import { COOKIE_INVENTORY, cookiesOf, type CookieLifetime } from "./inventory";

const request = (cookie?: string, url = "http://localhost/jobs") =>
  new Request(url, cookie ? { headers: { Cookie: cookie } } : {});

const lifetimeMs = (lifetime: CookieLifetime) => {
  const unit = { session: 0, minutes: 60_000, hours: 3_600_000, days: 86_400_000 };
  return lifetime.unit === "session" ? 0 : lifetime.count * unit[lifetime.unit];
};
const rowOf = (id: string) => COOKIE_INVENTORY.find((entry) => entry.id === id)!;

describe("cookie inventory", () => {
  it("gives every row a purpose in every language", () => {
    for (const lng of ["en", "vi", "ja"] as const) {
      for (const entry of COOKIE_INVENTORY) {
        expect(resources[lng].cookies.purpose, `${lng} ${entry.id}`).toHaveProperty(entry.id);
      }
    }
  });

  it("states the lifetimes the code gives the cookies", () => {
    expect(lifetimeMs(rowOf("sessionSeeker").lifetime)).toBe(
      SESSION_POLICY.SEEKER.absoluteLifetimeMs,
    );
    expect(lifetimeMs(rowOf("sessionEmployer").lifetime)).toBe(
      SESSION_POLICY.EMPLOYER.absoluteLifetimeMs,
    );
    expect(lifetimeMs(rowOf("sessionAdmin").lifetime)).toBe(
      SESSION_POLICY.ADMIN.absoluteLifetimeMs,
    );
    expect(lifetimeMs(rowOf("knownDevice").lifetime)).toBe(KNOWN_DEVICE_LIFETIME_MS);
  });

  it("lists each app's own cookies under the names its browser sees", () => {
    const seeker = cookiesOf("seeker", { secure: true }).map((entry) => entry.name);
    expect(seeker).toContain("__Host-tsunagu_seeker");
    expect(seeker).toContain("__Host-tsunagu_seeker_device");
    expect(seeker).toContain("tsunagu_cookie_choice");
    expect(seeker).not.toContain("candidate_purpose");
    const employer = cookiesOf("employer", { secure: false }).map((entry) => entry.name);
    expect(employer).toContain("tsunagu_employer_challenge");
    expect(employer).toContain("candidate_purpose");
    // Employers sign in and sign up with Google and Microsoft too.
    expect(employer).toContain("tsunagu_oauth");
    expect(employer).toContain("tsunagu_oauth_pending");
  });

  it("has no analytics cookie and one optional preferences cookie", () => {
    const optional = COOKIE_INVENTORY.filter((entry) => entry.category !== "necessary");
    expect(optional.map((entry) => [entry.id, entry.category])).toEqual([
      ["languageRemembered", "preferences"],
    ]);
  });
});

describe("cookie choice", () => {
  it("is unknown until chosen, and ignores values it did not write", () => {
    expect(readCookieChoice(request())).toBeNull();
    expect(readCookieChoice(request("tsunagu_cookie_choice=maybe"))).toBeNull();
    expect(readCookieChoice(request("a=1; tsunagu_cookie_choice=declined"))).toBe("declined");
  });

  it("is remembered for a year, Secure on https", () => {
    const cookie = cookieChoiceCookie("accepted", { secure: true });
    expect(cookie).toMatch(/^tsunagu_cookie_choice=accepted; /);
    expect(cookie).toContain(`Max-Age=${365 * 24 * 60 * 60}`);
    expect(cookie).toContain("Secure");
  });
});

describe("optionalCookie", () => {
  const remembered = "lng=InZpIg%3D%3D; Max-Age=31536000; Path=/";
  const forVisit = "lng=InZpIg%3D%3D; Path=/";

  it("lets an optional cookie out only after an accept", () => {
    expect(optionalCookie(request(), "languageRemembered", remembered, forVisit)).toBe(forVisit);
    expect(
      optionalCookie(
        request("tsunagu_cookie_choice=declined"),
        "languageRemembered",
        remembered,
        forVisit,
      ),
    ).toBe(forVisit);
    expect(
      optionalCookie(request("tsunagu_cookie_choice=declined"), "languageRemembered", remembered),
    ).toBeNull();
    expect(
      optionalCookie(request("tsunagu_cookie_choice=accepted"), "languageRemembered", remembered),
    ).toBe(remembered);
  });

  it("refuses a Set-Cookie for another name than the inventory's", () => {
    expect(() => optionalCookie(request(), "languageRemembered", "tracker=1; Path=/")).toThrow();
  });

  it("decides how long a language chosen with the switcher is kept", async () => {
    const gateFor = (cookie?: string) => (r: string, v: string) =>
      optionalCookie(request(cookie), "languageRemembered", r, v);
    const setCookieOf = async (cookie?: string) => {
      try {
        await resolveLocale(request(cookie, "http://localhost/jobs?lng=ja"), gateFor(cookie));
      } catch (response) {
        return (response as Response).headers.get("Set-Cookie") ?? "";
      }
      throw new Error("expected a redirect");
    };
    const undecided = await setCookieOf();
    expect(await localeCookie.parse(undecided)).toBe("ja");
    expect(undecided).not.toMatch(/Max-Age|Expires/i);
    expect(await setCookieOf("tsunagu_cookie_choice=declined")).not.toMatch(/Max-Age|Expires/i);
    expect(await setCookieOf("tsunagu_cookie_choice=accepted")).toContain("Max-Age=31536000");
  });
});

describe("optionalCookiesToClear", () => {
  it("keeps a remembered language for this visit only, and nothing else is touched", () => {
    const cleared = optionalCookiesToClear(
      request("tsunagu_seeker=token; lng=InZpIg%3D%3D; tsunagu_cookie_choice=accepted"),
      { secure: false },
    );
    expect(cleared).toEqual(["lng=InZpIg%3D%3D; Path=/; HttpOnly; SameSite=Lax"]);
  });

  it("has nothing to clear when no optional cookie was sent", () => {
    expect(optionalCookiesToClear(request("tsunagu_seeker=token"), { secure: true })).toEqual([]);
  });
});
