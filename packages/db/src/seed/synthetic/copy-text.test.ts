import { describe, expect, it } from "vitest";

import { CalendarDate, encodeCopyRow, encodeCopyValue } from "./copy-text";

describe("COPY text encoding", () => {
  it("writes NULL, booleans, numbers and timestamps as PostgreSQL reads them", () => {
    expect(encodeCopyValue(null)).toBe("\\N");
    expect(encodeCopyValue(undefined)).toBe("\\N");
    expect(encodeCopyValue(true)).toBe("t");
    expect(encodeCopyValue(false)).toBe("f");
    expect(encodeCopyValue(4_500_000)).toBe("4500000");
    expect(encodeCopyValue(new Date("2026-11-22T10:00:00.123Z"))).toBe("2026-11-22T10:00:00.123Z");
    expect(encodeCopyValue(new CalendarDate(new Date("1995-03-04T00:00:00Z")))).toBe("1995-03-04");
  });

  it("escapes characters that would end a field or a row", () => {
    expect(encodeCopyValue("a\tb\nc\rd\\e")).toBe("a\\tb\\nc\\rd\\\\e");
    expect(encodeCopyRow(["x", null, 1])).toBe("x\t\\N\t1\n");
  });

  it("quotes array elements so commas, quotes and braces stay inside them", () => {
    // Array literal {"Tokyo","a,\"b\"}"} escaped once more for the COPY text layer.
    expect(encodeCopyValue(["Tokyo", 'a,"b"}'])).toBe('{"Tokyo","a,\\\\"b\\\\"}"}');
    expect(encodeCopyValue([])).toBe("{}");
  });

  it("refuses values that have no text form", () => {
    expect(() => encodeCopyValue(Number.NaN)).toThrow(/NaN/);
  });
});
