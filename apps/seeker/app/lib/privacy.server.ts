import { jsonResume, personalDataExport } from "@tsunagu/api";
import {
  disclosuresInput,
  setConsentInput,
  setMarketingObjectionInput,
  setRestrictionInput,
} from "@tsunagu/schemas/privacy";
import { kit } from "./kit.server";
import { formatDay, runIntent, saveForm, seekerApi, trpcCodeOf } from "./seeker-api.server";

/** F7: the privacy center, its times written in the reader's language on the platform clock. */
export async function loadPrivacyCenterPage(request: Request) {
  const api = await seekerApi(request);
  const [center, locale, t] = await Promise.all([
    api.privacy.overview(),
    kit.detectLocale(request),
    kit.translator(request, "privacy"),
  ]);
  const when = (iso: string | null) => (iso ? formatDay(locale, iso) : null);
  return {
    title: t("title"),
    policyVersion: center.policyVersion,
    visibility: center.visibility,
    restrictedOn: when(center.restrictedAt),
    objectedOn: when(center.marketingObjectedAt),
    purposes: center.purposes.map((p) => ({
      purpose: p.purpose,
      granted: p.granted,
      latest: p.latest ? { ...p.latest, on: formatDay(locale, p.latest.occurredAt) } : null,
      history: p.history.map((e) => ({ ...e, on: formatDay(locale, e.occurredAt) })),
    })),
  };
}

/** What a button's save says on the page: a key of the privacy namespace and its values. */
export type PrivacyNotice = { key: string; purpose?: string } | null;

/** The privacy center's three kinds of button, each its own small form (F7). */
export async function runPrivacyCenterAction(request: Request) {
  const { intent, outcome } = await runIntent(request, {
    consent: async () => {
      const saved = await saveForm(request, setConsentInput, (api, v) => api.privacy.setConsent(v));
      const done = saved.done;
      const notice: PrivacyNotice = done
        ? {
            key: !done.changed
              ? "consents.done.unchanged"
              : done.granted
                ? "consents.done.granted"
                : "consents.done.withdrawn",
            purpose: done.purpose,
          }
        : null;
      return { result: saved.result, notice };
    },
    restriction: async () => {
      const saved = await saveForm(request, setRestrictionInput, (api, v) =>
        api.privacy.setRestriction(v),
      );
      const notice: PrivacyNotice = saved.done
        ? { key: saved.done.restrictedAt ? "restrict.doneOn" : "restrict.doneOff" }
        : null;
      return { result: saved.result, notice };
    },
    objection: async () => {
      const saved = await saveForm(request, setMarketingObjectionInput, (api, v) =>
        api.privacy.setMarketingObjection(v),
      );
      const notice: PrivacyNotice = saved.done
        ? { key: saved.done.objectedAt ? "objection.doneOn" : "objection.doneOff" }
        : null;
      return { result: saved.result, notice };
    },
  });
  return { intent, ...outcome };
}

/** F7: one consent receipt; another person's event or a malformed id is the same 404. */
export async function loadReceiptPage(request: Request, eventId: string) {
  const api = await seekerApi(request);
  const [locale, t] = await Promise.all([
    kit.detectLocale(request),
    kit.translator(request, "privacy"),
  ]);
  const receipt = await api.privacy.receipt({ eventId }).catch((error: unknown) => {
    const code = trpcCodeOf(error);
    if (code === "NOT_FOUND" || code === "BAD_REQUEST")
      throw new Response("Not found", { status: 404 });
    throw error;
  });
  return {
    title: t("receipt.title"),
    receipt: { ...receipt, on: formatDay(locale, receipt.occurredAt) },
  };
}

/** F7: the disclosure ledger, filtered from the URL (a GET form), with its times localised. */
export async function loadLedgerPage(request: Request) {
  const api = await seekerApi(request);
  const params = new URL(request.url).searchParams;
  const parsed = disclosuresInput.safeParse({
    kind: params.get("kind") || undefined,
    companyId: params.get("company") || undefined,
    page: params.get("page") || undefined,
  });
  const filters = parsed.success ? parsed.data : { page: 0 };
  const [ledger, locale, t] = await Promise.all([
    api.privacy.disclosures(filters),
    kit.detectLocale(request),
    kit.translator(request, "privacy"),
  ]);
  return {
    title: t("ledger.title"),
    filters: {
      kind: filters.kind ?? "",
      company: filters.companyId ?? "",
      page: filters.page ?? 0,
    },
    companies: ledger.companies,
    hasMore: ledger.hasMore,
    entries: ledger.entries.map((e) => ({ ...e, on: formatDay(locale, e.occurredAt) })),
  };
}

async function seekerAccount(request: Request) {
  const { user } = await kit.requireUser(request);
  if (user.kind !== "SEEKER") throw new Response("Not a seeker account", { status: 403 });
  return user;
}

const downloadHeaders = (filename: string) => ({
  "Content-Type": "application/json; charset=utf-8",
  "Content-Disposition": `attachment; filename="${filename}"`,
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
});

/**
 * F7 "Download my data", at once: the whole record as JSON, streamed from the database as it
 * is read. The download itself is written to the audit log (who, when; never the contents).
 */
export async function personalDataResponse(request: Request): Promise<Response> {
  const user = await seekerAccount(request);
  const now = new Date();
  await kit.db.auditEvent.create({
    data: {
      actorKind: "SEEKER",
      actorUserId: user.id,
      action: "privacy.export",
      targetKind: "user",
      targetId: user.id,
    },
  });
  const chunks = personalDataExport(kit.db, user.id, now);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: downloadHeaders(`tsunagu-my-data-${now.toISOString().slice(0, 10)}.json`),
  });
}

/** F7: the seeker's resume as a JSON Resume file, in the page's language. */
export async function jsonResumeResponse(request: Request): Promise<Response> {
  const user = await seekerAccount(request);
  const resume = await jsonResume(kit.db, user.id, await kit.detectLocale(request));
  return new Response(JSON.stringify(resume, null, 2), { headers: downloadHeaders("resume.json") });
}
