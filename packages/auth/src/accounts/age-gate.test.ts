import { describe, expect, it } from "vitest";

import { ageOn, checkSeekerBirthDate } from "./age-gate";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("ageOn", () => {
  it("adds a year on the birthday, not the day before", () => {
    expect(ageOn(day("2012-06-15"), day("2025-06-14"))).toBe(12);
    expect(ageOn(day("2012-06-15"), day("2025-06-15"))).toBe(13);
  });

  it("makes someone born on 29 February older on 1 March in common years", () => {
    expect(ageOn(day("2012-02-29"), day("2025-02-28"))).toBe(12);
    expect(ageOn(day("2012-02-29"), day("2025-03-01"))).toBe(13);
    expect(ageOn(day("2012-02-29"), day("2024-02-29"))).toBe(12);
  });
});

describe("checkSeekerBirthDate", () => {
  const now = new Date("2025-06-15T09:30:00.000Z");

  it("refuses 12 years and 364 days and accepts 13 years exactly", () => {
    expect(checkSeekerBirthDate("2012-06-16", now, 13)).toEqual({ problem: "below-minimum-age" });
    expect(checkSeekerBirthDate("2012-06-15", now, 13)).toEqual({ birthDate: day("2012-06-15") });
  });

  it("treats future, impossible and malformed dates as invalid", () => {
    for (const value of ["2030-01-01", "1890-01-01", "2012-02-30", "15/06/2012", ""]) {
      expect(checkSeekerBirthDate(value, now, 13)).toEqual({ problem: "invalid-birth-date" });
    }
  });
});
