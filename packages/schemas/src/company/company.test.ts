import { describe, expect, it } from "vitest";
import { companyProfileInput, isCorporateNumber } from "./index";

describe("corporate number (法人番号)", () => {
  it("accepts real numbers and refuses a wrong check digit or length", () => {
    // The National Tax Agency's own number, and another with a valid check digit.
    expect(isCorporateNumber("7000012050002")).toBe(true);
    expect(isCorporateNumber("2000012010019")).toBe(true);
    expect(isCorporateNumber("8000012050002")).toBe(false);
    expect(isCorporateNumber("700001205000")).toBe(false);
    expect(isCorporateNumber("0000012050002")).toBe(false);
  });

  it("takes the number as people copy it: hyphens, spaces, full-width digits", () => {
    const parsed = companyProfileInput.parse({ name: "Minato", corporateNumber: "７０００-０１ 2050002" });
    expect(parsed.corporateNumber).toBe("7000012050002");
    const refused = companyProfileInput.safeParse({ name: "Minato", corporateNumber: "7000012050003" });
    expect(refused.success).toBe(false);
  });

  it("needs a registry's country with its id, and reads a bare host as a website", () => {
    expect(companyProfileInput.safeParse({ name: "Hai Phong Steel", registryId: "0101234567" }).success).toBe(false);
    const parsed = companyProfileInput.parse({
      name: "Hai Phong Steel",
      registryCountry: "VN",
      registryId: "0101234567",
      website: "haiphong-steel.example.vn",
    });
    expect(parsed.website).toBe("https://haiphong-steel.example.vn");
    expect(companyProfileInput.safeParse({ name: "X", website: "not a site" }).success).toBe(false);
  });
});
