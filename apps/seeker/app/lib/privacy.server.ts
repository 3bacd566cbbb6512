import { redirect } from "@remix-run/node";
import {
  deleteSeekerAccount,
  fileStore,
  jsonResume,
  personalDataExport,
  RETENTION,
} from "@tsunagu/api";
import { emailLocale, readForm } from "@tsunagu/app-kit";
import { reauthenticate } from "@tsunagu/auth";
import {
  createDataRequestInput,
  disclosuresInput,
  setConsentInput,
  setMarketingObjectionInput,
  setRestrictionInput,
} from "@tsunagu/schemas/privacy";
import { CURRENT_POLICY, policyVersion } from "@tsunagu/schemas/policy";
import { kit } from "./kit.server";
import {
  formatDate,
  formatDay,
  runIntent,
  saveForm,
  seekerApi,
  trpcCodeOf,
} from "./seeker-api.server";

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
    toReview: center.toReview.length,
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

/** F7 "Delete my account": what goes, what stays and for how long, before anything happens. */
export async function loadDeletePage(request: Request) {
  await seekerAccount(request);
  const t = await kit.translator(request, "privacy");
  return { title: t("delete.title"), retention: RETENTION };
}

export type DeleteProblem = "wrong-password" | "rate-limited" | "not-confirmed" | "no-password";

/**
 * Deletes the signed-in seeker's account once they have typed their password and ticked the
 * confirmation: the rows, the index document (outbox), the photo, the sessions; then the
 * confirmation email to the address no longer held, and the browser signed out. The page after
 * it shows what was kept from the query string (dates and a count, nothing personal).
 */
export async function runDeleteAction(request: Request) {
  kit.assertSameOrigin(request);
  const user = await seekerAccount(request);
  const form = await readForm(request);
  const password = String(form.get("password") ?? "");
  if (form.get("confirm") !== "yes") return { problem: "not-confirmed" as DeleteProblem };
  if (!password) return { problem: "no-password" as DeleteProblem };
  const check = await reauthenticate(kit.db, { userId: user.id, password });
  if (!check.ok) return { problem: check.reason as DeleteProblem };

  const receipt = await deleteSeekerAccount(kit.db, fileStore(), { userId: user.id });
  // Queued with no account (it is gone) and marked as the request's outcome once sent.
  const sent = await kit.mail.send(
    receipt.email,
    emailLocale(receipt.locale),
    { kind: "account-deleted", deletedAt: receipt.deletedAt, ...receipt.kept },
    { idempotencyKey: `account-deleted:${receipt.requestId}`, outcomeOf: receipt.requestId },
  );
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
  const params = new URLSearchParams({
    records: String(receipt.kept.provisionRecords),
    provisionUntil: day(receipt.kept.provisionUntil),
    evidenceUntil: day(receipt.kept.evidenceUntil),
    suppressionUntil: day(receipt.kept.suppressionUntil),
    mail: sent ? "sent" : "delayed",
  });
  return redirect(`/account-deleted?${params}`, {
    headers: { "Set-Cookie": kit.signedOutCookie() },
  });
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The page after a deletion: what was kept and until when, in the reader's language. */
export async function loadDeletedPage(request: Request) {
  const params = new URL(request.url).searchParams;
  const [locale, t] = await Promise.all([
    kit.detectLocale(request),
    kit.translator(request, "privacy"),
  ]);
  const day = (name: string) => {
    const value = params.get(name) ?? "";
    return ISO_DAY.test(value) ? formatDate(locale, `${value}T00:00:00Z`) : null;
  };
  const records = Number.parseInt(params.get("records") ?? "0", 10);
  return {
    title: t("deleted.title"),
    records: Number.isFinite(records) && records > 0 ? records : 0,
    provisionUntil: day("provisionUntil"),
    evidenceUntil: day("evidenceUntil"),
    suppressionUntil: day("suppressionUntil"),
    mailSent: params.get("mail") === "sent",
  };
}

/** F7: the seeker's requests that need a person, with their status and due date. */
export async function loadRequestsPage(request: Request) {
  const api = await seekerApi(request);
  const [requests, locale, t] = await Promise.all([
    api.privacy.requests(),
    kit.detectLocale(request),
    kit.translator(request, "privacy"),
  ]);
  return {
    title: t("requests.title"),
    requests: requests.map((r) => ({
      ...r,
      receivedOn: formatDay(locale, r.receivedAt),
      dueOn: formatDay(locale, r.dueAt),
    })),
  };
}

/**
 * Sends a request that needs a person, then the acknowledgement email with its due date (the
 * first of the emails at each step; the admin queue sends the others).
 */
export async function runRequestAction(request: Request) {
  const saved = await saveForm(request, createDataRequestInput, (api, value) =>
    api.privacy.createRequest(value),
  );
  const done = saved.done;
  if (done) {
    const user = await seekerAccount(request);
    const { email } = await kit.db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { email: true },
    });
    await kit.mail.send(
      email,
      await kit.detectLocale(request),
      {
        kind: "data-request-received",
        request: done.kind as "RECTIFICATION" | "OBJECTION" | "COMPLAINT",
        dueAt: new Date(done.dueAt),
        link: kit.mail.appLink("/privacy/requests"),
      },
      { userId: user.id, idempotencyKey: `data-request-received:${done.id}` },
    );
  }
  return { result: saved.result, sent: done ? done.id : null };
}

/**
 * Policy versions (R7): the consents a newer policy version changed, with what changed in the
 * reader's language. Where the sign-in sends a person with something to review.
 */
export async function loadPolicyReviewPage(request: Request) {
  const api = await seekerApi(request);
  const [review, locale, t] = await Promise.all([
    api.privacy.policyReview(),
    kit.detectLocale(request),
    kit.translator(request, "privacy"),
  ]);
  const redirectTo = kit.safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  return {
    title: t("review.title"),
    currentVersion: review.currentVersion,
    redirectTo,
    items: review.items.map((item) => {
      const changedIn = policyVersion(item.changedIn) ?? CURRENT_POLICY;
      return {
        ...item,
        changes: changedIn.text[locale].changes,
        effectiveOn: formatDate(locale, changedIn.effectiveOn),
      };
    }),
  };
}

/** Keep or withdraw one reviewed consent; once nothing is left, on to where the person was going. */
export async function runPolicyReviewAction(request: Request) {
  const form = await readForm(request.clone());
  const redirectTo = kit.safeRedirectPath(form.get("redirectTo"));
  const saved = await saveForm(request, setConsentInput, (api, v) =>
    api.privacy.answerPolicyReview(v),
  );
  if (saved.done?.remaining === 0) {
    throw redirect(`${redirectTo}${redirectTo.includes("?") ? "&" : "?"}reviewed=1`);
  }
  return { result: saved.result, done: saved.done ?? null };
}
