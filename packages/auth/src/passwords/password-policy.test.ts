import { describe, expect, it } from "vitest";

import { checkPasswordPolicy } from "./password-policy";

describe("checkPasswordPolicy", () => {
  it("accepts a long passphrase in any script", () => {
    expect(checkPasswordPolicy("correct horse battery staple")).toEqual([]);
    expect(checkPasswordPolicy("Tôi thích làm việc ở Nhật")).toEqual([]);
    expect(checkPasswordPolicy("日本で働きたいと思います")).toEqual([]);
  });

  it("counts characters, not UTF-16 units, against the minimum", () => {
    // 9 emoji are 18 UTF-16 units but only 9 characters.
    expect(checkPasswordPolicy("🍣🍜🍙🍡🍢🍤🍥🍘🍚")).toContain("too-short");
  });

  it("refuses passwords shorter than 10 and longer than 128 characters", () => {
    expect(checkPasswordPolicy("Xk7#pQ2mz")).toEqual(["too-short"]);
    expect(checkPasswordPolicy("Xk7#pQ2mzL")).toEqual([]);
    expect(checkPasswordPolicy("Xk7#pQ2mzL".repeat(13))).toEqual(["too-long"]);
  });

  it("refuses a password containing the email's local part, in any case", () => {
    expect(checkPasswordPolicy("my-NGUYEN.AN-secret", { email: " Nguyen.An@example.vn" })).toEqual([
      "contains-email",
    ]);
  });

  it("refuses common passwords, including common words with digits appended", () => {
    expect(checkPasswordPolicy("qwertyuiop")).toContain("too-common");
    expect(checkPasswordPolicy("Password2024!")).toContain("too-common");
    expect(checkPasswordPolicy("matkhau12345")).toContain("too-common");
  });

  it("refuses passwords made of a few repeated characters", () => {
    expect(checkPasswordPolicy("abababababab")).toEqual(["repetitive"]);
  });
});
