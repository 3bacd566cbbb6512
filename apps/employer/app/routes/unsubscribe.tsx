import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { unsubscribeTokenInput } from "@tsunagu/schemas/email";
import { Button, Card } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { kit } from "~/lib/kit.server";
import { trpcCodeOf } from "@tsunagu/app-kit";
import { callEmployerApi } from "~/lib/trpc.server";

export const handle = { i18n: ["email"] };

type Category =
  | "INVITATIONS"
  | "JOB_ALERTS"
  | "SAVED_SEARCH_ALERTS"
  | "NEWSLETTER"
  | "MARKETING"
  | "RESUME_REMINDERS";
type State = { status: "invalid" } | { status: "confirm" | "done" | "already"; category: Category };

const tokenOf = (request: Request) => new URL(request.url).searchParams.get("token") ?? "";

/** F8: the confirm page of a List-Unsubscribe link; no sign-in, nothing changes on GET. */
export async function loader({ request }: LoaderFunctionArgs) {
  const t = await kit.translator(request, "email");
  const parsed = unsubscribeTokenInput.safeParse({ token: tokenOf(request) });
  // A broken or unknown link is a page that says so (as /verify does), not an error status.
  const headers = { "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" };
  if (!parsed.success) {
    return data(
      { state: { status: "invalid" } as State, title: t("unsubscribe.title") },
      { headers },
    );
  }
  try {
    const info = await (await callEmployerApi(request)).api.unsubscribe.info(parsed.data);
    const state: State = {
      status: info.unsubscribed ? "already" : "confirm",
      category: info.category,
    };
    return data({ state, title: t("unsubscribe.title") }, { headers });
  } catch (error) {
    if (trpcCodeOf(error) !== "NOT_FOUND") throw error;
    return data(
      { state: { status: "invalid" } as State, title: t("unsubscribe.title") },
      { headers },
    );
  }
}

/**
 * F8, RFC 8058: the one-click POST (from a mail client, body "List-Unsubscribe=One-Click") and
 * the confirm page's button. The token is the only credential, so no same-origin check: a
 * mail provider posts from its own servers. Idempotent.
 */
export async function action({ request }: ActionFunctionArgs) {
  const parsed = unsubscribeTokenInput.safeParse({ token: tokenOf(request) });
  if (!parsed.success) return data({ state: { status: "invalid" } as State }, { status: 404 });
  try {
    const done = await (await callEmployerApi(request)).api.unsubscribe.confirm(parsed.data);
    return { state: { status: "done", category: done.category } as State };
  } catch (error) {
    if (trpcCodeOf(error) !== "NOT_FOUND") throw error;
    return data({ state: { status: "invalid" } as State }, { status: 404 });
  }
}

export const meta = pageMeta;

export default function UnsubscribePage() {
  const loaded = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const state = (acted?.state ?? loaded.state) as State;
  const { t } = useTranslation("email");
  const category = state.status === "invalid" ? "" : t(`category.${state.category}.label`);
  return (
    <div className="mx-auto grid max-w-xl gap-6 px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-semibold text-ink">{t("unsubscribe.title")}</h1>
      <Card className="grid gap-4">
        {state.status === "invalid" ? (
          <p role="alert" className="text-ink">
            {t("unsubscribe.invalid")}
          </p>
        ) : state.status === "confirm" ? (
          <Form method="post" className="grid gap-4">
            <p className="text-ink">{t("unsubscribe.confirm", { category })}</p>
            <div>
              <Button type="submit">{t("unsubscribe.button")}</Button>
            </div>
          </Form>
        ) : (
          <p role="status" className="font-medium text-ink">
            {t(state.status === "done" ? "unsubscribe.done" : "unsubscribe.already", { category })}
          </p>
        )}
      </Card>
    </div>
  );
}
