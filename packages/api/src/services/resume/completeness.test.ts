import { describe, expect, it } from "vitest";
import { completenessOf, RESUME_SECTIONS } from "./completeness";

const EMPTY = {
  personal: {
    firstName: null,
    lastName: null,
    phone: null,
    residenceCountry: null,
    visaStatus: null,
  },
  summary: { headline: null, summary: null },
  languages: [],
  skills: { skills: [] },
  experiences: [],
  educations: [],
  preferences: { desiredJobTypes: [], desiredLocations: [], availability: null },
};

describe("the completeness meter", () => {
  it("lists every counted section of an empty resume, education and preferences included, in the builder's order", () => {
    expect(completenessOf(EMPTY)).toEqual({ percent: 0, missing: [...RESUME_SECTIONS] });
    expect(RESUME_SECTIONS).toContain("education");
    expect(RESUME_SECTIONS).toContain("preferences");
    // Referees are optional third-party data: never a reason for a lower score.
    expect(RESUME_SECTIONS).not.toContain("referees");
  });

  it("counts education with one school, and preferences once job types, places and availability are in", () => {
    const withEducation = completenessOf({
      ...EMPTY,
      educations: [{ institution: "Hanoi University" }],
    });
    expect(withEducation.missing).not.toContain("education");
    expect(withEducation.percent).toBe(Math.round(100 / RESUME_SECTIONS.length));

    const partly = completenessOf({
      ...EMPTY,
      preferences: {
        desiredJobTypes: ["FULL_TIME"],
        desiredLocations: [],
        availability: "IMMEDIATELY",
      },
    });
    expect(partly.missing).toContain("preferences");
    const fully = completenessOf({
      ...EMPTY,
      preferences: {
        desiredJobTypes: ["FULL_TIME"],
        desiredLocations: ["REMOTE"],
        availability: "IMMEDIATELY",
      },
    });
    expect(fully.missing).not.toContain("preferences");
  });
});
