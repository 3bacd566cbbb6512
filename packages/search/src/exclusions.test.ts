import { describe, expect, it } from "vitest";
import { callerExclusionTokens, exclusionFilter, exclusionTokenizer, exclusionTokensOf } from "./exclusions";
import { searchTokenEnv } from "./token-env";

const acme = "0195f0c2-7b1e-7a00-8000-00000000aaaa";
const other = "0195f0c2-7b1e-7a00-8000-00000000bbbb";

describe("exclusion tokens (R10)", () => {
  const tokenize = exclusionTokenizer("k".repeat(32));

  it("are compact keyed hashes that hold no company id and match the caller's", () => {
    const tokens = exclusionTokensOf({ blockedCompanyIds: [other, acme] }, tokenize);
    expect(tokens).toHaveLength(2);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(tokens.join(" ")).not.toMatch(/aaaa|bbbb|0195/);
    expect(tokens).toContain(callerExclusionTokens({ companyId: acme.toUpperCase() }, tokenize)[0]);
    expect(tokens).not.toContain(callerExclusionTokens({ companyId: "0195f0c2-7b1e-7a00-8000-00000000cccc" }, tokenize)[0]);
  });

  it("do not depend on the order of the block list, and change with the secret", () => {
    expect(exclusionTokensOf({ blockedCompanyIds: [acme, other] }, tokenize)).toEqual(exclusionTokensOf({ blockedCompanyIds: [other, acme] }, tokenize));
    expect(exclusionTokensOf({ blockedCompanyIds: [acme] }, exclusionTokenizer("s".repeat(32)))).not.toEqual(exclusionTokensOf({ blockedCompanyIds: [acme] }, tokenize));
  });

  it("become one AND group that excludes any of the caller's tokens, and nothing without tokens", () => {
    expect(exclusionFilter(["abc", "d-e_f"])).toEqual([['NOT exclusionTokens IN ["abc", "d-e_f"]']]);
    expect(exclusionFilter([])).toEqual([]);
  });
});

describe("SEARCH_TOKEN_SECRET", () => {
  it("must be long, and is never echoed in the error", () => {
    const short = "short-secret-value";
    expect(() => searchTokenEnv({ SEARCH_TOKEN_SECRET: short })).toThrow(/at least 32/);
    try {
      searchTokenEnv({ SEARCH_TOKEN_SECRET: short });
    } catch (error) {
      expect(String(error)).not.toContain(short);
    }
    expect(() => searchTokenEnv({})).toThrow(/SEARCH_TOKEN_SECRET is not set/);
    expect(searchTokenEnv({ SEARCH_TOKEN_SECRET: "x".repeat(32) }).SEARCH_TOKEN_SECRET).toBe("x".repeat(32));
  });
});
