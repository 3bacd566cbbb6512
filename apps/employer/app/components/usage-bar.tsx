import { useTranslation } from "react-i18next";

export interface UsageBarProps {
  label: string;
  allowance: { used: number; limit: number };
}

/** F11: how much of a plan's allowance is used, as a bar with the numbers beside it. */
export function UsageBar({ label, allowance }: UsageBarProps) {
  const { t } = useTranslation("billing");
  const { used, limit } = allowance;
  const share = limit > 0 ? Math.min(100, Math.round((used / limit) * 100)) : 0;
  return (
    <div className="grid gap-1">
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <span className="font-medium text-ink">{label}</span>
        <span className="text-ink">
          {limit > 0 ? t("usage.ofLimit", { used, limit }) : t("usage.notIncluded")}
        </span>
      </div>
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={Math.min(used, limit)}
        className="h-2 overflow-hidden rounded-full bg-surface-muted ring-1 ring-line ring-inset"
      >
        <div
          className={share >= 90 ? "h-full bg-warning" : "h-full bg-accent"}
          style={{ width: `${share}%` }}
        />
      </div>
    </div>
  );
}
