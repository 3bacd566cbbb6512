import type { ReactNode } from "react";
import {
  data,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Badge, buttonVariants, Card } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { kit } from "~/lib/kit.server";
import { cardForReader } from "~/lib/networking-card.server";
import { publicApi, trpcCodeOf } from "~/lib/seeker-api.server";

export const handle = { i18n: ["visibility"] };

/** Unless the seeker opted in, search engines are asked not to index the card (F3). */
const NOINDEX = "noindex, nofollow";

/**
 * F3: a seeker's public networking card, no sign-in. An unknown slug and a card that is off
 * get the same 404 page, so slugs cannot be probed.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const [api, t, locale] = await Promise.all([
    publicApi(request),
    kit.translator(request, "visibility"),
    kit.detectLocale(request),
  ]);
  try {
    const found = await api.visibility.publicCard({ slug: params.slug ?? "" });
    const card = cardForReader(found.card, locale);
    return data(
      {
        available: true as const,
        card,
        indexable: found.searchEnginesAllowed,
        title: card.displayName
          ? t("card.public.title", { name: card.displayName })
          : t("card.public.titleNoName"),
      },
      // The card changes the moment its owner turns it off or makes a new link: never cached.
      {
        headers: {
          "Cache-Control": "private, no-store",
          ...(found.searchEnginesAllowed ? {} : { "X-Robots-Tag": NOINDEX }),
        },
      },
    );
  } catch (error) {
    const code = trpcCodeOf(error);
    if (code !== "NOT_FOUND" && code !== "BAD_REQUEST") throw error;
    return data(
      { available: false as const, indexable: false, title: t("card.public.notAvailableTitle") },
      { status: 404, headers: { "Cache-Control": "private, no-store", "X-Robots-Tag": NOINDEX } },
    );
  }
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = (args) => [
  ...pageMeta(args),
  ...(args.data?.indexable ? [] : [{ name: "robots", content: NOINDEX }]),
];

export default function PublicCardPage() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation("visibility");
  if (!data.available) {
    return (
      <div className="mx-auto grid max-w-xl gap-4 px-4 py-16 text-center sm:px-6">
        <h1 className="text-2xl font-semibold text-ink">{t("card.public.notAvailableTitle")}</h1>
        <p className="text-ink-muted">{t("card.public.notAvailable")}</p>
        <div>
          <Link to="/jobs" className={buttonVariants({ variant: "secondary" })}>
            {t("card.public.findJobs")}
          </Link>
        </div>
      </div>
    );
  }
  const { card } = data;
  return (
    <div className="mx-auto grid max-w-xl gap-4 px-4 py-10 sm:px-6">
      <Card className="grid gap-5 border-t-4 border-t-accent" data-testid="networking-card">
        <header className="grid gap-1">
          <h1 className="text-3xl font-bold tracking-tight text-ink [overflow-wrap:anywhere]">
            {card.displayName ?? t("card.public.titleNoName")}
          </h1>
          {card.headline ? (
            <p className="text-lg text-ink-muted [overflow-wrap:anywhere]">{card.headline}</p>
          ) : null}
        </header>
        {card.careerLevel ? (
          <CardSection id="card-career" title={t("card.public.careerLevel")}>
            <p className="text-ink">{card.careerLevel}</p>
          </CardSection>
        ) : null}
        {card.languages.length > 0 ? (
          <CardSection id="card-languages" title={t("card.public.languages")} wide>
            <ul className="grid gap-1">
              {card.languages.map((l) => (
                <li key={l.language} className="flex flex-wrap justify-between gap-2 text-ink">
                  <span>{l.language}</span>
                  <span className="text-ink-muted">{l.level}</span>
                </li>
              ))}
            </ul>
          </CardSection>
        ) : null}
        {card.skills.length > 0 ? (
          <CardSection id="card-skills" title={t("card.public.skills")} wide>
            <ul className="flex flex-wrap gap-2">
              {card.skills.map((skill, i) => (
                <li key={`${i}-${skill}`}>
                  <Badge>{skill}</Badge>
                </li>
              ))}
            </ul>
          </CardSection>
        ) : null}
      </Card>
      <p className="text-center text-sm text-ink-muted">{t("card.public.footer")}</p>
    </div>
  );
}

/** One part of the card: a small heading and what the seeker shows under it. */
function CardSection({
  id,
  title,
  wide,
  children,
}: {
  id: string;
  title: string;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={wide ? "grid gap-2" : "grid gap-1"}>
      <h2 id={id} className="text-sm font-semibold uppercase tracking-wide text-ink-muted">
        {title}
      </h2>
      {children}
    </section>
  );
}
