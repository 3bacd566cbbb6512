import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { text } from "./text";

/**
 * Phone numbers as people type them in Japan and Vietnam ("090-1234-5678", "0912 345 678",
 * "+84 …"), stored in E.164 (+819012345678). A number without a country code is read as a
 * number of the seeker's country of residence when that is Japan or Vietnam, otherwise as a
 * Japanese one, then as a Vietnamese one.
 */
export function toE164(value: string, residenceCountry?: string | null): string | null {
  const preferred =
    residenceCountry === "VN" || residenceCountry === "JP" ? residenceCountry : "JP";
  const order: CountryCode[] = preferred === "VN" ? ["VN", "JP"] : ["JP", "VN"];
  for (const country of order) {
    const parsed = parsePhoneNumberFromString(value, country);
    if (parsed?.isValid()) return parsed.number;
  }
  return null;
}

/** The stored number written the way its country writes it, e.g. "090-1234-5678" for Japan. */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === "JP" || parsed.country === "VN"
    ? parsed.formatNational()
    : parsed.formatInternational();
}

/** A phone field: any way of writing a real number; its E.164 form is made where it is saved. */
export const phoneInput = text()
  .trim()
  .max(40)
  .refine((value) => toE164(value) !== null, {
    message: "Enter a phone number we can call, e.g. 090-1234-5678 or +84 912 345 678",
    params: { key: "phone" },
  });
