import { describe, expect, it } from "vitest";
import { callerExclusionKeys, domainAndParents, emailDomainOf, exclusionKeysOf, isDomainBlocked } from "./exclusions";

describe("exclusion keys (R10)", () => {
  const acme = "0195F0C2-7B1E-7A00-8000-00000000AAAA";
  const other = "0195f0c2-7b1e-7a00-8000-00000000bbbb";

  it("meet exactly when the caller's company is on the resume's block list", () => {
    const keys = exclusionKeysOf({ blockedCompanyIds: [other, acme, acme.toLowerCase()] });
    expect(keys).toEqual([`company:${acme.toLowerCase()}`, `company:${other}`]);
    expect(callerExclusionKeys({ companyId: acme }).some((k) => keys.includes(k))).toBe(true);
    expect(callerExclusionKeys({ companyId: "0195f0c2-7b1e-7a00-8000-00000000cccc" }).some((k) => keys.includes(k))).toBe(false);
  });

  it("are none for a resume without blocks", () => {
    expect(exclusionKeysOf({ blockedCompanyIds: [] })).toEqual([]);
  });

  it("meet for a member at a blocked email domain or any subdomain of it, from any company", () => {
    const keys = exclusionKeysOf({ blockedCompanyIds: [], blockedDomains: ["acme.co.jp"] });
    const meets = (emailDomain: string | null) =>
      callerExclusionKeys({ companyId: other, emailDomain }).some((k) => keys.includes(k));
    expect(meets("acme.co.jp")).toBe(true);
    expect(meets("tokyo.sales.acme.co.jp")).toBe(true);
    expect(meets("notacme.co.jp")).toBe(false);
    expect(meets("acme.co.jp.evil.example")).toBe(false);
    expect(meets(null)).toBe(false);
  });
});

describe("email domains", () => {
  it("are taken after the last @, lower case, with every parent domain", () => {
    expect(emailDomainOf("Lan.Nguyen@Mail.ACME.co.jp")).toBe("mail.acme.co.jp");
    expect(emailDomainOf("no-at-sign")).toBeNull();
    expect(domainAndParents("mail.acme.co.jp")).toEqual(["mail.acme.co.jp", "acme.co.jp", "co.jp", "jp"]);
  });

  it("block a viewer at the domain or below it, never a look-alike", () => {
    expect(isDomainBlocked(["acme.co.jp"], "hr.acme.co.jp")).toBe(true);
    expect(isDomainBlocked(["acme.co.jp"], "acme.co.jp")).toBe(true);
    expect(isDomainBlocked(["acme.co.jp"], "xacme.co.jp")).toBe(false);
    expect(isDomainBlocked([], "acme.co.jp")).toBe(false);
    expect(isDomainBlocked(["acme.co.jp"], null)).toBe(false);
  });
});
