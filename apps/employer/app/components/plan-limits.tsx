import { useTranslation } from "react-i18next";

export interface PlanLimitsProps {
  plan: {
    seats: number;
    resumeSearch: boolean;
    searchesPerDay: number;
    searchesPerMinute: number;
    resultCapPerQuery: number;
    invitationsPerMonth: number;
  };
}

/** F11: what a plan allows, as the billing page and the home page's plans list it. */
export function PlanLimits({ plan }: PlanLimitsProps) {
  const { t } = useTranslation("billing");
  return (
    <ul className="grid gap-1 text-sm text-ink">
      <li>{t("plans.seats", { count: plan.seats })}</li>
      {plan.resumeSearch ? (
        <>
          <li>{t("plans.searchesPerDay", { count: plan.searchesPerDay })}</li>
          <li>{t("plans.searchesPerMinute", { count: plan.searchesPerMinute })}</li>
          <li>{t("plans.resultCap", { count: plan.resultCapPerQuery })}</li>
          <li>{t("plans.invitations", { count: plan.invitationsPerMonth })}</li>
        </>
      ) : (
        <li className="text-ink-muted">{t("plans.noSearch")}</li>
      )}
    </ul>
  );
}
