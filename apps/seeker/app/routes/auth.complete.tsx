import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, redirect, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Button, Field, Input, NarrowPage } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";
import { problemMessages } from "@tsunagu/ui/remix";
import { minimumSeekerAge } from "~/lib/kit.server";
import { completeOAuth, readPendingSignUp } from "~/lib/oauth-flow.server";
import { providerNamed } from "~/lib/oauth.server";

export function loader({ request }: LoaderFunctionArgs) {
  const provider =
    providerNamed(new URL(request.url).searchParams.get("provider") ?? "")?.name ?? "";
  if (!readPendingSignUp(request)) {
    throw redirect(`/sign-in?${new URLSearchParams({ oauthError: "expired", provider })}`);
  }
  return { provider, minimumAge: minimumSeekerAge() };
}

export function action(args: ActionFunctionArgs) {
  return completeOAuth(args);
}

/** Sign-up through a provider: the age gate still applies, so the birth date is asked here. */
export default function CompleteOAuthSignUp() {
  const { provider, minimumAge } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("common");
  const submitting = useNavigation().state === "submitting";

  return (
    <NarrowPage title={t("auth.oauth.completeTitle")} lead={t("auth.oauth.completeLead")}>
      <Form method="post" className="grid gap-5">
        <input type="hidden" name="provider" value={provider} />
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
