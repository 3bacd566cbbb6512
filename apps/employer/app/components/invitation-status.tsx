import { Badge } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";

type Status = "SENT" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "REPORTED";
const TONE = {
  SENT: "accent",
  ACCEPTED: "success",
  DECLINED: "neutral",
  EXPIRED: "neutral",
  REPORTED: "danger",
} as const;

/** Where a sent invitation stands (F13), in the reader's language. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation("employer");
  return <Badge tone={TONE[status]}>{t(`sentInvitations.statuses.${status}`)}</Badge>;
}
