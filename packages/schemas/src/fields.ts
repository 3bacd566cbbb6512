import type { Vocabulary } from "@tsunagu/vocab";
import { z } from "zod";
import { text } from "./text";

/**
 * Field builders for forms and procedure inputs. A form posts "" for an empty field and Conform
 * turns it into undefined; an API caller may send "" or null: all three mean "nothing".
 */
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** Free text the reader must give, at most `max` characters after trimming. */
export const requiredText = (max: number) => text().trim().min(1).max(max);

/** Free text the reader may leave empty. */
export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, text().trim().max(max).optional());

/** One code of a closed vocabulary (prefectures, visa statuses…), or nothing. */
export const optionalCode = <Code extends string>(vocabulary: Vocabulary<Code>) =>
  z.preprocess(blankToUndefined, z.enum(vocabulary.codes as [Code, ...Code[]]).optional());

export const requiredCode = <Code extends string>(vocabulary: Vocabulary<Code>) =>
  z.enum(vocabulary.codes as [Code, ...Code[]]);

/** A calendar date as `<input type="date">` posts it: YYYY-MM-DD, and a real day. */
export const isoDay = z.iso.date();
export const optionalDay = z.preprocess(blankToUndefined, isoDay.optional());

/** A month as `<input type="month">` posts it (YYYY-MM); work history is kept by month. */
export const isoMonth = text().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/);
export const optionalMonth = z.preprocess(blankToUndefined, isoMonth.optional());

/** A whole number in a range, or nothing. */
export const optionalInt = (min: number, max: number) =>
  z.preprocess(blankToUndefined, z.coerce.number().int().min(min).max(max).optional());

/** A checkbox: posted as "on" when ticked, absent when not. */
export const checkbox = z.preprocess(
  (value) => value === "on" || value === true || value === "true",
  z.boolean(),
);
