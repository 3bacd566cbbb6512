import type { UiLocale } from "@tsunagu/vocab";
import { kit } from "./kit.server";
import { seekerApi, type SeekerApi } from "./seeker-api.server";

export type OwnResume = Awaited<ReturnType<SeekerApi["resume"]["get"]>>;

/**
 * The loader of a resume section: the seeker's resume (sign-in first), the part of it the
 * section edits with its choices in the reader's language, and the page's title.
 */
export async function loadSection<T extends Record<string, unknown>>(
  request: Request,
  section: string,
  pick: (resume: OwnResume, locale: UiLocale) => T,
  titleKey = `sections.${section}.title`,
): Promise<T & { title: string }> {
  const api = await seekerApi(request);
  const [resume, t, locale] = await Promise.all([
    api.resume.get(),
    kit.translator(request, "resume"),
    kit.detectLocale(request),
  ]);
  return { ...pick(resume, locale as UiLocale), title: t(titleKey as "title") };
}
