import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { companyProfileInput } from "@tsunagu/schemas/company";
import { Button, Card, CardTitle, NarrowPage } from "@tsunagu/ui";
import {
  FormErrors,
  getFormProps,
  SelectField,
  TextareaField,
  TextField,
  useAppForm,
} from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { VerificationSection } from "~/components/verification-section";
import {
  companyActionIntent,
  loadCompanyPage,
  requestVerificationPage,
  saveCompanyPage,
} from "~/lib/company.server";
import { kit } from "~/lib/kit.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return loadCompanyPage(request, await kit.requireUser(request));
}

export async function action({ request }: ActionFunctionArgs) {
  const signedIn = await kit.requireUser(request);
  // Two forms on the page: the verification one names its intent, the profile's does not.
  if ((await companyActionIntent(request)) === "request-verification") {
    return requestVerificationPage(request, signedIn);
  }
  return { profile: await saveCompanyPage(request, signedIn) };
}

export const meta = pageMeta;

/** F10: the company's profile and the identity seekers' block lists match on. */
export default function CompanyProfile() {
  const { isOwner, profile, countries, verification } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const saved = reply && "profile" in reply ? reply.profile : undefined;
  const verificationReply = reply && "intent" in reply ? reply : undefined;
  const verificationCard = verification ? (
    <VerificationSection status={verification} isOwner={isOwner} reply={verificationReply} />
  ) : null;
  const { t } = useTranslation("employer");
  const { t: tCommon } = useTranslation("common");
  const saving = useNavigation().state === "submitting";
  const [form, fields] = useAppForm({
    schema: companyProfileInput,
    lastResult: saved?.result,
    defaultValue: {
      name: profile.name,
      website: profile.website ?? undefined,
      description: profile.description ?? undefined,
      corporateNumber: profile.corporateNumber ?? undefined,
      registryCountry: profile.registryCountry ?? undefined,
      registryId: profile.registryId ?? undefined,
    },
  });

  if (!isOwner) {
    return (
      <NarrowPage title={t("company.title")} lead={t("company.lead")} width="settings">
        <Card className="grid gap-3">
          <CardTitle>{profile.name}</CardTitle>
          <dl className="grid gap-2 text-sm">
            <div>
              <dt className="font-medium">{t("company.corporateNumber")}</dt>
              <dd>{profile.corporateNumber ?? t("company.none")}</dd>
            </div>
            <div>
              <dt className="font-medium">{t("company.website")}</dt>
              <dd className="[overflow-wrap:anywhere]">{profile.website ?? t("company.none")}</dd>
            </div>
          </dl>
          <p className="text-sm text-ink-muted">{t("company.readOnly")}</p>
        </Card>
        {verificationCard}
      </NarrowPage>
    );
  }

  return (
    <NarrowPage title={t("company.title")} lead={t("company.lead")} width="settings">
      <Card className="grid gap-6">
        <Form method="post" {...getFormProps(form)} className="grid gap-5">
          <FormErrors errors={form.errors} id={form.errorId} />
          <TextField field={fields.name} label={t("company.name")} />
          <TextField
            field={fields.website}
            label={t("company.website")}
            description={t("company.websiteHelp")}
            inputMode="url"
          />
          <TextareaField field={fields.description} rows={4} label={t("company.description")} />
          <fieldset className="grid gap-4 border-t border-line pt-5">
            <legend className="text-base font-semibold text-ink">{t("company.identity")}</legend>
            <p className="text-sm text-ink-muted">{t("company.identityHelp")}</p>
            <TextField
              field={fields.corporateNumber}
              label={t("company.corporateNumber")}
              description={t("company.corporateNumberHelp")}
              inputMode="numeric"
            />
            <SelectField
              field={fields.registryCountry}
              label={t("company.registryCountry")}
              options={countries}
              placeholder={t("company.choose")}
            />
            <TextField
              field={fields.registryId}
              label={t("company.registryId")}
              description={t("company.registryIdHelp")}
            />
          </fieldset>
          <div className="flex flex-wrap items-center gap-3 border-t border-line pt-5">
            <Button type="submit" disabled={saving}>
              {saving ? tCommon("form.saving") : tCommon("form.save")}
            </Button>
            <p role="status" className="text-sm font-medium text-success">
              {saved?.savedAt ? t("company.savedAt", { time: saved.savedAt }) : null}
            </p>
          </div>
        </Form>
      </Card>
      {verificationCard}
    </NarrowPage>
  );
}
