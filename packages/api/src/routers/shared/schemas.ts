import { z } from "zod";

/** Procedures without parameters still declare their input: nothing. */
export const noInput = z.void();

/** Dates leave the API as ISO 8601 strings (plain JSON, no transformer). */
export const isoDateTime = z.iso.datetime();
