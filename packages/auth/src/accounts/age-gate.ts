import { z } from "zod";

import { readAuthEnv } from "../env";

const isoDate = z.iso.date();

/** A birth date "YYYY-MM-DD" as the UTC midnight Date stored in a `date` column, or null. */
export function parseBirthDate(value: string): Date | null {
  if (!isoDate.safeParse(value).success) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  // Round-trip check: a Date silently rolls 30 February over into March.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : null;
}

/**
 * Completed years between a birth date and a day, counted on the calendar: one year older on
 * the birthday itself; someone born on 29 February turns older on 1 March in other years.
 * Both are compared as UTC calendar dates.
 */
export function ageOn(birthDate: Date, on: Date): number {
  const years = on.getUTCFullYear() - birthDate.getUTCFullYear();
  const monthDiff = on.getUTCMonth() - birthDate.getUTCMonth();
  const beforeBirthday =
    monthDiff < 0 || (monthDiff === 0 && on.getUTCDate() < birthDate.getUTCDate());
  return beforeBirthday ? years - 1 : years;
}

/**
 * Minimum seeker age: 16 unless AUTH_MIN_SEEKER_AGE says otherwise (13–21). Vietnam's law treats
 * those under 16 as children whose data needs a legal representative's consent, and Japan does
 * not let most under-15s work.
 */
export function minimumSeekerAge(): number {
  return readAuthEnv().AUTH_MIN_SEEKER_AGE;
}

export type BirthDateProblem = "invalid-birth-date" | "below-minimum-age";

/** Why a birth date cannot open a seeker account, or null when it can. */
export function checkSeekerBirthDate(
  birthDate: string,
  now: Date,
  minimumAge: number = minimumSeekerAge(),
): { problem: BirthDateProblem } | { birthDate: Date } {
  const parsed = parseBirthDate(birthDate);
  // Future dates and ages no person reaches are typos, not ages.
  if (!parsed || parsed > now || ageOn(parsed, now) > 120) return { problem: "invalid-birth-date" };
  if (ageOn(parsed, now) < minimumAge) return { problem: "below-minimum-age" };
  return { birthDate: parsed };
}
