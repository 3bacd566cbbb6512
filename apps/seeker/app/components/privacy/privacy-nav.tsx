import { NavLink } from "@remix-run/react";
import { cn } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";

const LINKS = [
  { to: "/privacy", key: "nav.consents", end: true },
  { to: "/privacy/disclosures", key: "nav.ledger", end: false },
  { to: "/privacy/requests", key: "nav.requests", end: false },
  { to: "/privacy/delete", key: "nav.delete", end: false },
] as const;

/** The privacy center's sections, the current one marked. */
export function PrivacyNav() {
  const { t } = useTranslation("privacy");
  return (
    <nav aria-label={t("sections")}>
      <ul className="flex flex-wrap gap-2 text-sm font-medium">
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink
              to={link.to}
              end={link.end}
              className={({ isActive }) =>
                cn(
                  "inline-block rounded-md px-3 py-2 text-ink-muted ring-1 ring-line hover:text-ink",
                  isActive && "bg-accent-soft text-accent-strong ring-transparent",
                )
              }
            >
              {t(link.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
