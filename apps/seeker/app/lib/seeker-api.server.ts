import {
  apiCaller,
  DISPLAY_TIME_ZONE,
  formatTime,
  readForm,
  submitForm,
  unsubscribeRoutes,
} from "@tsunagu/app-kit";

/** For loaders that tell a domain refusal (search unavailable, …) from other errors. */
export { appErrorOf, trpcCodeOf } from "@tsunagu/app-kit";
import { seekerRouter } from "@tsunagu/api";
import type { z } from "zod";
import { kit } from "./kit.server";

const callSeekerApi = apiCaller(kit, seekerRouter);
export type SeekerApi = Awaited<ReturnType<typeof callSeekerApi>>["api"];

/** For loaders and actions behind sign-in: the seeker's own procedures (sign-in first). */
export async function seekerApi(request: Request): Promise<SeekerApi> {
  await kit.requireUser(request);
  return (await callSeekerApi(request)).api;
}

/**
 * A form of the seeker app saved through a procedure: origin checked, the form validated with
 * its shared schema in the page's language, refusals returned to the form.
 */
export async function saveForm<Schema extends z.ZodType, T>(
  request: Request,
  schema: Schema,
  save: (api: SeekerApi, value: z.output<Schema>) => Promise<T>,
) {
  kit.assertSameOrigin(request);
  const api = await seekerApi(request);
  return submitForm(request, {
    schema,
    locale: await kit.detectLocale(request),
    run: (value) => save(api, value),
  });
}

/**
 * The action of a resume section: saved through its procedure, the time of the save returned
 * for the page's "Saved at …" in the reader's language.
 */
export async function saveSection<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  save: (api: SeekerApi, value: z.output<Schema>) => Promise<{ savedAt: string }>,
) {
  const outcome = await saveForm(request, schema, save);
  const locale = await kit.detectLocale(request);
  return {
    result: outcome.result,
    savedAt: outcome.done ? formatTime(locale, outcome.done.savedAt) : undefined,
  };
}

/** For public pages (job search): the procedures anyone may call, signed in or not. */
export async function publicApi(request: Request): Promise<SeekerApi> {
  return (await callSeekerApi(request)).api;
}

/** The unsubscribe link of every mail (F8): signed token, no session. */
export const unsubscribePage = unsubscribeRoutes(
  kit,
  async (request) => (await publicApi(request)).unsubscribe,
);

/** A day in the reader's language ("Dec 2, 2026"), on the platform's clock (Japan). */
export function formatDate(locale: string, date: Date | string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeZone: DISPLAY_TIME_ZONE,
  }).format(new Date(date));
}

/**
 * A page's several small forms, told apart by their `intent` field: the one named runs, an
 * unknown intent is a 400. Each handler validates and saves its own form (saveForm).
 */
export async function runIntent<const Intent extends string, T>(
  request: Request,
  handlers: Record<Intent, () => Promise<T>>,
): Promise<{ intent: Intent; outcome: T }> {
  const raw = (await readForm(request.clone())).get("intent");
  const intent = (Object.keys(handlers) as Intent[]).find((name) => name === raw);
  if (!intent) throw new Response("Unknown intent", { status: 400 });
  return { intent, outcome: await handlers[intent]() };
}

/** A day (and time) in the reader's language, on the platform's clock (Japan). */
export function formatDay(locale: string, date: Date | string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: DISPLAY_TIME_ZONE,
  }).format(new Date(date));
}
