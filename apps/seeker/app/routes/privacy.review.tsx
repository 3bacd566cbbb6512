import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Alert, Button, Card, NarrowPage } from "@tsunagu/ui";
import { FormErrors } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { loadPolicyReviewPage, runPolicyReviewAction } from "~/lib/privacy.server";

export const handle = { i18n: ["privacy"] };

export async function loader({ request }: LoaderFunctionArgs) {
  return loadPolicyReviewPage(request);
}

export async function action({ request }: ActionFunctionArgs) {
  return runPolicyReviewAction(request);
}

export const meta = pageMeta;

type Item = Awaited<ReturnType<typeof loader>>["items"][number];

function ReviewItem({
  item,
  redirectTo,
  version,
}: {
  item: Item;
  redirectTo: string;
  version: string;
}) {
  const { t } = useTranslation("privacy");
  const busy = useNavigation().state !== "idle";
  const headingId = `review-${item.purpose}`;
  return (
    <Card>
      <section aria-labelledby={headingId} className="grid gap-3">
        <h2 id={headingId} className="text-lg font-semibold text-ink">
          {t(`purpose.${item.purpose}.label`)}
        </h2>
        <p className="text-sm text-ink-muted">
          {t("review.agreedUnder", {
            version: item.grantedUnder,
            changedIn: item.changedIn,
            date: item.effectiveOn,
          })}
        </p>
        <ul className="grid list-disc gap-1 pl-5 text-sm text-ink">
          {item.changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
        <Form method="post" className="flex flex-wrap gap-2">
          <input type="hidden" name="purpose" value={item.purpose} />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <Button type="submit" name="granted" value="true" disabled={busy}>
            {t("review.keep", { version })}
          </Button>
          <Button type="submit" name="granted" value="false" variant="outline" disabled={busy}>
            {t("review.withdraw")}
          </Button>
        </Form>
      </section>
    </Card>
  );
}

/** Policy versions (R7): the consents a newer policy changed, each kept or withdrawn in one click. */
export default function PolicyReviewPage() {
  const { items, redirectTo, currentVersion } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.result.error?.[""] ?? undefined;
  const { t } = useTranslation("privacy");
  return (
    <NarrowPage title={t("review.title")} lead={t("review.lead")} width="settings">
      <FormErrors errors={errors} />
      {items.length === 0 ? (
        <Alert tone="success">{t("review.nothing")}</Alert>
      ) : (
        items.map((item) => (
          <ReviewItem
            key={item.purpose}
            item={item}
            redirectTo={redirectTo}
            version={currentVersion}
          />
        ))
      )}
      <p className="flex flex-wrap gap-4 text-sm">
        <Link
          to="/privacy-policy"
          className="font-medium text-accent-strong underline underline-offset-4"
        >
          {t("review.readPolicy")}
        </Link>
        <Link
          to={redirectTo}
          className="font-medium text-accent-strong underline underline-offset-4"
        >
          {t("review.later")}
        </Link>
      </p>
    </NarrowPage>
  );
}
