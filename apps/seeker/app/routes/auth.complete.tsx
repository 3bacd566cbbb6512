import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Button, Field, Input, NarrowPage } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";
import { problemMessages } from "@tsunagu/ui/remix";
import { kit, minimumSeekerAge } from "~/lib/kit.server";

export function loader(args: LoaderFunctionArgs) {
  return { ...kit.pages.oauth.complete.loader(args), minimumAge: minimumSeekerAge() };
}

export const action = kit.pages.oauth.complete.action;

/** Sign-up through a provider: the age gate still applies, so the birth date is asked here. */
export default function CompleteOAuthSignUp() {
  const { provider, redirectTo, minimumAge } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("common");
  const submitting = useNavigation().state === "submitting";

  return (
    <NarrowPage title={t("auth.oauth.completeTitle")} lead={t("auth.oauth.completeLead")}>
      <Form method="post" className="grid gap-5">
        <input type="hidden" name="provider" value={provider} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          label={t("auth.fields.birthDate")}
          requiredLabel={t("auth.fields.required")}
          description={t("auth.fields.birthDateHelp", { age: minimumAge })}
          error={problemMessages(t, result ? [result.problem] : undefined, { age: minimumAge })}
        >
          <Input name="birthDate" type="date" required />
        </Field>
        <Button type="submit" disabled={submitting}>
          {t("auth.signUp.submit")}
        </Button>
      </Form>
    </NarrowPage>
  );
}
