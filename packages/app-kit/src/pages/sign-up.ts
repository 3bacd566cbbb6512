import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import type { IssuedToken } from "@tsunagu/auth";
import type { Db, Locale as AccountLocale } from "@tsunagu/db";
import { isLocale, type Locale } from "@tsunagu/i18n";
import type { AccountProblem } from "@tsunagu/ui/remix";
import { accountLocale } from "../account-mail";
import type { AppCore } from "../app-core";
import { readForm, textField } from "../forms";

type SignUpOutcome<Problem extends string> =
  | { status: "created"; verification: IssuedToken }
  | { status: "email-taken"; email: string }
  | { status: "invalid"; problems: Problem[] }
  | { status: "rate-limited" };

/** What is particular to one app's sign-up form. */
export interface SignUpForm<Field extends string, Problem extends string> {
  /** The form's own fields besides email, password and language; sent back when it is refused. */
  fields: readonly Field[];
  /** The field a problem is shown at; any other problem is about the password. */
  fieldOf: Partial<Record<Problem, Field | "email">>;
  /** Preselected language when the form arrives without one. */
  defaultLanguage: Locale;
  /** The page's title, a key of the common namespace. */
  titleKey: "auth.signUp.title" | "auth.signUp.employerTitle";
  /** Creates the account from the submitted values. */
  signUp(
    db: Db,
    input: {
      email: string;
      password: string;
      locale: AccountLocale;
      ip: string;
      values: Record<Field, string>;
    },
  ): Promise<SignUpOutcome<Problem>>;
}

/**
 * The sign-up page of an app: the account is created and a confirmation link mailed, or the
 * form comes back with what is wrong (never the password). An address that already has an
 * account gets a notice instead, and the visitor sees the same "check your inbox".
 */
export function signUpPage<Field extends string, Problem extends string>(
  app: AppCore,
  form: SignUpForm<Field, Problem>,
) {
  type FieldName = Field | "email" | "password";
  return {
    async loader({ request }: LoaderFunctionArgs) {
      if (await app.getOptionalUser(request)) throw redirect("/account");
      const t = await app.translator(request, "common");
      return { title: t(form.titleKey) };
    },
    async action({ request, context }: ActionFunctionArgs) {
      app.assertSameOrigin(request);
      const submitted = await readForm(request);
      const email = textField(submitted, "email");
      const chosenLanguage = textField(submitted, "language");
      const language = isLocale(chosenLanguage) ? chosenLanguage : form.defaultLanguage;
      const own = Object.fromEntries(
        form.fields.map((name) => [name, textField(submitted, name)]),
      ) as Record<Field, string>;
      const values = { ...own, email, language };

      const result = await form.signUp(app.db, {
        email,
        password: textField(submitted, "password"),
        locale: accountLocale(language),
        ip: app.clientAddress(request, context),
        values: own,
      });
      switch (result.status) {
        case "invalid": {
          const problems: Partial<Record<FieldName, AccountProblem[]>> = {};
          for (const problem of result.problems) {
            const field: FieldName = form.fieldOf[problem] ?? "password";
            (problems[field] ??= []).push(problem as unknown as AccountProblem);
          }
          return { status: "invalid" as const, values, problems };
        }
        case "rate-limited":
          return { status: "rate-limited" as const, values };
        case "created": {
          const sent = await app.mail.sendVerification(
            email.trim(),
            language,
            result.verification.token,
          );
          return { status: "check-inbox" as const, email: email.trim(), delayed: !sent };
        }
        case "email-taken": {
          const sent = await app.mail.notifyAlreadyRegistered(result.email);
          return { status: "check-inbox" as const, email: email.trim(), delayed: !sent };
        }
      }
    },
  };
}
