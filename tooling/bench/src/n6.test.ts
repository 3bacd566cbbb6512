import { describe, expect, it } from "vitest";
import { splitChanges, summariseN6 } from "./n6";

describe("splitChanges", () => {
  it("hides the first half of the resumes and edits the rest, each exactly once", () => {
    expect(splitChanges([1, 2, 3, 4, 5])).toEqual({ hidden: [1, 2, 3], edited: [4, 5] });
    expect(splitChanges([1])).toEqual({ hidden: [1], edited: [] });
  });
});

describe("summariseN6", () => {
  it("is the median convergence over the rounds, with the worst round beside it", () => {
    const round = (convergedMs: number) => ({ convergedMs, outageMs: 3000, restartMs: 200, workerNoticedMs: 150, changes: 50 });
    expect(summariseN6([round(400), round(2500), round(310)])).toMatchObject({ convergedMs: 400, maxConvergedMs: 2500 });
    expect(() => summariseN6([])).toThrow();
  });
});
