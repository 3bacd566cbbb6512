import { z } from "zod";
import { requiredText } from "../fields";
import { text } from "../text";

/** F12: how many searches one member may keep saved. */
export const SAVED_SEARCHES_PER_MEMBER = 50;

export const SAVED_SEARCH_NAME_MAX = 100;

export const ALERT_FREQUENCIES = ["OFF", "DAILY", "WEEKLY"] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

const savedSearchName = requiredText(SAVED_SEARCH_NAME_MAX);

/**
 * Save the search the page shows: its URL query string as the search page writes it
 * (@tsunagu/search/params), which the server reads with the same codec.
 */
export const createSavedSearchInput = z.object({
  name: savedSearchName,
  search: text().max(4000).default(""),
});
export type CreateSavedSearchInput = z.input<typeof createSavedSearchInput>;

export const renameSavedSearchInput = z.object({
  id: z.uuid(),
  name: savedSearchName,
});

export const setSavedSearchAlertInput = z.object({
  id: z.uuid(),
  alertFrequency: z.enum(ALERT_FREQUENCIES),
});

export const deleteSavedSearchInput = z.object({ id: z.uuid() });
