import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  Link,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
} from "@remix-run/react";
import { isLocale, languageNames, supportedLngs } from "@tsunagu/i18n";
import { Alert, Button, Field, Input, NarrowPage, Select } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";
import {
  useSubmissionKey,
  problemMessages,
  type AccountProblem,
  NewPasswordInput,
} from "@tsunagu/ui/remix";
import {
  accountLocale,
  notifyAlreadyRegistered,
  sendVerificationEmail,
} from "~/lib/account.server";
import {
  assertSameOrigin,
  clientIp,
  getOptionalUser,
  minimumSeekerAge,
  signUpSeeker,
} from "~/lib/auth.server";
import { db } from "~/lib/db.server";
import { textField } from "~/lib/forms.server";

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getOptionalUser(request)) throw redirect("/account");
  return { minimumAge: minimumSeekerAge() };
}

type FieldName = "email" | "password" | "birthDate";

const FIELD_OF: Record<string, FieldName> = {
  "invalid-email": "email",
  "invalid-birth-date": "birthDate",
  "below-minimum-age": "birthDate",
};

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await request.formData();
  const email = textField(form, "email");
  const birthDate = textField(form, "birthDate");
  const chosenLanguage = textField(form, "language");
  const language = isLocale(chosenLanguage) ? chosenLanguage : "en";
  // The password is never sent back to the page.
  const values = { email, birthDate, language };

  const result = await signUpSeeker(db, {
    email,
    password: textField(form, "password"),
    birthDate,
    locale: accountLocale(language),
    ip: clientIp(request),
  });
  switch (result.status) {
    case "invalid": {
      const problems: Partial<Record<FieldName, AccountProblem[]>> = {};
      for (const problem of result.problems) {
        const field = FIELD_OF[problem] ?? "password";
        (problems[field] ??= []).push(problem);
      }
      return { status: "invalid" as const, values, problems };
    }
    case "rate-limited":
      return { status: "rate-limited" as const, values };
    case "created": {
      const sent = await sendVerificationEmail(email.trim(), language, result.verification.token);
      return { status: "check-inbox" as const, email: email.trim(), delayed: !sent };
    }
    case "email-taken": {
      const sent = await notifyAlreadyRegistered(result.email);
      return { status: "check-inbox" as const, email: email.trim(), delayed: !sent };
    }
  }
}

export default function SeekerSignUp() {
  const { minimumAge } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation("common");
  const submissionKey = useSubmissionKey(result);
  const submitting = useNavigation().state === "submitting";

  if (result?.status === "check-inbox") {
    return (
      <NarrowPage title={t("auth.checkInbox.title")}>
        <Alert tone="success">{t("auth.checkInbox.body", { email: result.email })}</Alert>
        {result.delayed ? <Alert tone="warning">{t("auth.checkInbox.delayed")}</Alert> : null}
        <Button asChild variant="outline">
          <Link to="/sign-in">{t("auth.nav.signIn")}</Link>
        </Button>
      </NarrowPage>
    );
  }

  const values = result?.values;
  const problems = result?.status === "invalid" ? result.problems : {};
  return (
    <NarrowPage title={t("auth.signUp.title")} lead={t("auth.signUp.lead")}>
      {result?.status === "rate-limited" ? (
        <Alert tone="danger">{t("auth.problems.rate-limited")}</Alert>
      ) : null}
      <Form method="post" className="grid gap-5" noValidate>
        <Field
          label={t("auth.fields.email")}
          requiredLabel={t("auth.fields.required")}
          error={problemMessages(t, problems.email)}
        >
          <Input
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={values?.email}
          />
        </Field>
        <Field
          label={t("auth.fields.password")}
          requiredLabel={t("auth.fields.required")}
          description={t("auth.fields.passwordHelp")}
          error={problemMessages(t, problems.password)}
        >
          <NewPasswordInput resetKey={submissionKey} name="password" required />
        </Field>
        <Field
          label={t("auth.fields.birthDate")}
          requiredLabel={t("auth.fields.required")}
          description={t("auth.fields.birthDateHelp", { age: minimumAge })}
          error={problemMessages(t, problems.birthDate, { age: minimumAge })}
        >
          <Input name="birthDate" type="date" required defaultValue={values?.birthDate} />
        </Field>
        <Field label={t("auth.fields.language")}>
          <Select name="language" defaultValue={values?.language ?? i18n.language}>
            {supportedLngs.map((lng) => (
              <option key={lng} value={lng} lang={lng}>
                {languageNames[lng]}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={submitting}>
          {t("auth.signUp.submit")}
        </Button>
      </Form>
      <p className="text-sm text-ink-muted">
        {t("auth.signUp.haveAccount")}{" "}
        <Link
          to="/sign-in"
          className="font-medium text-accent-strong underline-offset-4 hover:underline"
        >
          {t("auth.nav.signIn")}
        </Link>
      </p>
    </NarrowPage>
  );
}
