import { Badge } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";

type Status = "SENT" | "ACCEPTED" | "DECLINED" | "REPORTED" | "EXPIRED";

const TONE: Record<Status, "accent" | "success" | "neutral" | "danger"> = {
  SENT: "accent",
  ACCEPTED: "success",
  DECLINED: "neutral",
  REPORTED: "danger",
  EXPIRED: "neutral",
};

export function InvitationStatus({ status }: { status: Status }) {
  const { t } = useTranslation("invitations");
  return <Badge tone={TONE[status]}>{t(`status.${status}`)}</Badge>;
}

/** The company's name and what tells it from a look-alike, as the block list shows it (F3). */
export function CompanyIdentity({
  company,
}: {
  company: { name: string; slug: string; websiteHost: string | null };
}) {
  const { t } = useTranslation("invitations");
  return (
    <span className="text-sm text-ink-muted [overflow-wrap:anywhere]">
      {company.websiteHost
        ? t("identity.website", { host: company.websiteHost })
        : t("identity.profile", { slug: company.slug })}
    </span>
  );
}

/** Salary range and visa support: what F13 makes every invitation state. */
export function InvitationTerms({
  salaryText,
  visaSupport,
}: {
  salaryText: string | null;
  visaSupport: boolean;
}) {
  const { t } = useTranslation("invitations");
  return (
    <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-medium text-ink">{t("salary.label")}</dt>
      <dd className="text-ink-muted">{salaryText}</dd>
      <dt className="font-medium text-ink">{t("visa.label")}</dt>
      <dd className="text-ink-muted">{visaSupport ? t("visa.yes") : t("visa.no")}</dd>
    </dl>
  );
}
