import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "../components/button";
import { Card } from "../components/card";

type State = { status: "invalid" } | { status: "confirm" | "done" | "already"; category: string };

/** F8: the page behind a List-Unsubscribe link (app-kit's unsubscribeRoutes), in both apps. */
export function UnsubscribePage() {
  const loaded = useLoaderData<{ state: State }>();
  const acted = useActionData<{ state: State }>();
  const state = acted?.state ?? loaded.state;
  const { t } = useTranslation("email");
  const category =
    state.status === "invalid"
      ? ""
      : t(`category.${state.category}.label` as "category.INVITATIONS.label");
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
