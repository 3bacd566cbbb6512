import type { ActionFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { Alert, Button, Field, Input, NarrowPage } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";
import { sendPasswordResetInBackground } from "~/lib/account.server";
import { assertSameOrigin, clientIp, requestPasswordReset } from "~/lib/auth.server";
import { db } from "~/lib/db.server";
import { textField } from "~/lib/forms.server";

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const email = textField(await request.formData(), "email").trim();
  const result = await requestPasswordReset(db, { email, ip: clientIp(request) });
  if (!result.ok) return { outcome: "rate-limited" as const, email };
  // The same answer whether or not the address has an account.
  if (result.reset) {
    sendPasswordResetInBackground(result.reset.userId, result.reset.email, result.reset.link.token);
  }
  return { outcome: "sent" as const, email };
}

export default function ForgotPassword() {
  const result = useActionData<typeof action>();
  const { t } = useTranslation("common");
  const submitting = useNavigation().state === "submitting";

  return (
    <NarrowPage title={t("auth.forgot.title")} lead={t("auth.forgot.lead")}>
      {result?.outcome === "sent" ? (
        <Alert tone="success">{t("auth.forgot.sent", { email: result.email })}</Alert>
      ) : null}
      {result?.outcome === "rate-limited" ? (
        <Alert tone="danger">{t("auth.problems.rate-limited")}</Alert>
      ) : null}
      <Form method="post" className="grid gap-5">
        <Field label={t("auth.fields.email")}>
          <Input
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={result?.email}
          />
        </Field>
        <Button type="submit" disabled={submitting}>
          {t("auth.forgot.submit")}
        </Button>
      </Form>
    </NarrowPage>
  );
}
