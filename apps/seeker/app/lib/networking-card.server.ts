import { readForm } from "@tsunagu/app-kit";
import { cardSettings } from "@tsunagu/schemas/visibility";
import { careerLevels, languageLevels, languages, type UiLocale } from "@tsunagu/vocab";
import { z } from "zod";
import { kit } from "./kit.server";
import { saveForm, type SeekerApi } from "./seeker-api.server";

const INTENTS = ["save", "new-link"] as const;
export type CardIntent = (typeof INTENTS)[number];

/** "Make a new link" posts nothing but its intent. */
const newLinkForm = z.object({});

/** The card settings page's posts (F3): the switches, or a new link, told apart by `intent`. */
export async function runCardAction(request: Request) {
  const form = await readForm(request.clone());
  const raw = form.get("intent");
  const intent = INTENTS.find((i) => i === raw);
  if (!intent) throw new Response("Unknown intent", { status: 400 });
  const outcome =
    intent === "save"
      ? await saveForm(request, cardSettings, (api, value) => api.visibility.saveCard(value))
      : await saveForm(request, newLinkForm, (api) => api.visibility.regenerateCardLink());
  return { intent, result: outcome.result, done: Boolean(outcome.done) };
}

/** The card's public address, on this app's configured origin (never the request's Host). */
export function cardUrl(slug: string) {
  return new URL(`/card/${slug}`, kit.env.APP_ORIGIN).href;
}

type PublicCard = Awaited<ReturnType<SeekerApi["visibility"]["publicCard"]>>["card"];

type Labelled = { label(code: never, locale: UiLocale): string; codes: readonly string[] };
const nameOf = (vocabulary: Labelled, code: string, locale: UiLocale) =>
  vocabulary.codes.includes(code) ? vocabulary.label(code as never, locale) : code;

/** The card's codes named in the reader's language. */
export function cardForReader(card: PublicCard, locale: UiLocale) {
  return {
    displayName: card.displayName,
    headline: card.headline,
    careerLevel: card.careerLevel
      ? nameOf(careerLevels as unknown as Labelled, card.careerLevel, locale)
      : null,
    languages: card.languages.map((l) => ({
      language: nameOf(languages as unknown as Labelled, l.language, locale),
      level: nameOf(languageLevels as unknown as Labelled, l.level, locale),
    })),
    skills: card.skills,
  };
}
