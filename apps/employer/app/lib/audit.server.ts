import { data } from "@remix-run/node";
import {
  AUDIT_KINDS,
  auditCsv,
  auditListInput,
  exportAuditEntries,
  type AuditKind,
} from "@tsunagu/api";
import { trpcCodeOf, type SignedIn } from "@tsunagu/app-kit";
import { formatDateTime } from "./company.server";
import { kit } from "./kit.server";
import { callEmployerApi } from "./trpc.server";

const FILTER_NAMES = ["memberId", "from", "to", "kind"] as const;

/** The filters as the GET form put them in the URL; "" means "not set". */
function filtersOf(request: Request) {
  const params = new URL(request.url).searchParams;
  const raw = Object.fromEntries(FILTER_NAMES.map((name) => [name, params.get(name) ?? ""]));
  return { raw, cursor: params.get("cursor") ?? "" };
}

/** F16: the company's access log, owners only; the filters live in the URL. */
export async function loadAuditPage(request: Request, { user }: SignedIn) {
  const membership = user.membership;
  if (!membership) throw data(null, { status: 403 });
  const [locale, t] = await Promise.all([
    kit.detectLocale(request),
    kit.translator(request, "employer"),
  ]);
  const title = t("audit.title");
  const kinds = AUDIT_KINDS.map((kind) => ({ value: kind, label: t(`audit.kinds.${kind}`) }));
  const { raw, cursor } = filtersOf(request);
  if (membership.role !== "OWNER") {
    return {
      title,
      isOwner: false as const,
      filters: raw,
      kinds,
      members: [],
      entries: [],
      nextCursor: null,
      badRange: false,
      exportHref: "",
    };
  }
  const { api } = await callEmployerApi(request);
  const parsed = auditListInput.safeParse({ ...raw, cursor });
  const badRange = !parsed.success;
  // Unreadable filters (a hand-edited URL) show the whole log and say why.
  const input = parsed.success ? parsed.data : {};
  const [members, page] = await Promise.all([
    api.members.list(),
    api.audit.list(input).catch((error: unknown) => {
      throw data(null, { status: trpcCodeOf(error) === "FORBIDDEN" ? 403 : 500 });
    }),
  ]);
  const query = new URLSearchParams(
    Object.entries(parsed.success ? raw : {}).filter(([, value]) => value !== ""),
  );
  const nextQuery = new URLSearchParams(query);
  if (page.nextCursor) nextQuery.set("cursor", page.nextCursor);
  return {
    title,
    isOwner: true as const,
    filters: raw,
    kinds,
    badRange,
    members: members.map((m) => ({ value: m.id, label: m.displayName })),
    entries: page.entries.map((e) => ({
      id: e.id,
      time: formatDateTime(locale, e.occurredAt),
      member: e.memberName ?? t("audit.formerMember"),
      kind: t(`audit.kinds.${e.kind}`),
      purpose: e.purpose,
      candidate: e.candidateKey,
    })),
    nextHref: page.nextCursor ? `/audit?${nextQuery.toString()}` : null,
    exportHref: `/audit.csv${query.size > 0 ? `?${query.toString()}` : ""}`,
  };
}

/**
 * F16: the same filters as a CSV download (RFC 4180, formula-safe cells). Owners only, from the
 * session's company; the export itself is audited.
 */
export async function auditCsvResponse(request: Request, { user }: SignedIn) {
  const membership = user.membership;
  if (membership?.role !== "OWNER") throw data(null, { status: 403 });
  const company = await kit.db.company.findUnique({
    where: { id: membership.companyId },
    select: { status: true },
  });
  if (company?.status !== "ACTIVE") throw data(null, { status: 403 });
  const { raw } = filtersOf(request);
  const parsed = auditListInput.safeParse(raw);
  if (!parsed.success) throw data("These filters are not valid.", { status: 400 });
  const t = await kit.translator(request, "employer");
  const entries = await exportAuditEntries(kit.db, membership.companyId, parsed.data);
  await kit.db.auditEvent.create({
    data: {
      actorKind: "EMPLOYER_MEMBER",
      actorUserId: user.id,
      companyId: membership.companyId,
      action: "company.audit.export",
      targetKind: "company",
      targetId: membership.companyId,
      metadata: { rows: entries.length },
    },
  });
  const csv = auditCsv(
    entries,
    {
      time: t("audit.time"),
      member: t("audit.member"),
      kind: t("audit.kind"),
      purpose: t("audit.purpose"),
      candidate: t("audit.candidate"),
    },
    { kind: (kind: AuditKind) => t(`audit.kinds.${kind}`), formerMember: t("audit.formerMember") },
  );
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="audit-log.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
