import { syntheticSeekers } from "@tsunagu/db/seed";
import { describe, expect, it } from "vitest";
import { measureMarkerShare } from "./marker-share";

describe("measureMarkerShare", () => {
  it("finds the scrub marker exactly in the generated documents whose free text held personal data", () => {
    const now = new Date("2026-11-22T00:00:00Z");
    const share = measureMarkerShare(syntheticSeekers({ count: 3_000, seed: 11, now, runId: "test" }), now);
    // The generator writes contact details into some summaries (about 8 %); a sample this size has some.
    expect(share.documents).toBeGreaterThan(2_500);
    expect(share.withPersonalData).toBeGreaterThan(100);
    expect({ falseMarkers: share.falseMarkers, unmarked: share.unmarkedPersonalData }).toEqual({ falseMarkers: 0, unmarked: 0 });
    expect(share.withMarker).toBe(share.withPersonalData);
  });
});
