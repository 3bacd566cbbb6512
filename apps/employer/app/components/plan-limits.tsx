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
  const { t, i18n } = useTranslation("billing");
  // Grouped in the reader's language ("1,000"); the server renders the same language.
  const n = (value: number) => value.toLocaleString(i18n.language);
  return (
    <ul className="grid gap-1 text-sm text-ink">
      <li>{t("plans.seats", { n: n(plan.seats) })}</li>
      {plan.resumeSearch ? (
        <>
          <li>{t("plans.searchesPerDay", { n: n(plan.searchesPerDay) })}</li>
          <li>{t("plans.searchesPerMinute", { n: n(plan.searchesPerMinute) })}</li>
          <li>{t("plans.resultCap", { n: n(plan.resultCapPerQuery) })}</li>
          <li>{t("plans.invitations", { n: n(plan.invitationsPerMonth) })}</li>
        </>
      ) : (
        <li className="text-ink-muted">{t("plans.noSearch")}</li>
      )}
    </ul>
  );
}
