import { describe, expect, it } from "vitest";
import { callerExclusionKeys, exclusionKeysOf } from "./exclusions";

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
});
