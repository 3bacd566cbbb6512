import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { CaughtMessage } from "./mail";
import { LOOPBACK } from "./ports";

interface MessageStore {
  messages(): CaughtMessage[];
  clear(): void;
}

export interface MailViewer {
  url: string;
  stop(): Promise<void>;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}
iframe{width:100%;height:60vh;border:1px solid #ddd}</style></head><body>${body}</body></html>`;
}

function listPage(messages: CaughtMessage[]): string {
  const rows = messages
    .slice()
    .reverse()
    .map(
      (m) =>
        `<tr><td>${escapeHtml(m.receivedAt)}</td><td>${escapeHtml(m.from ?? "")}</td><td>${escapeHtml(m.to.join(", "))}</td>` +
        `<td><a href="/messages/${m.id}">${escapeHtml(m.subject || "(no subject)")}</a></td></tr>`,
    )
    .join("");
  return page(
    "Tsunagu mail catcher",
    `<h1>Caught mail (${messages.length})</h1><p>Nothing here leaves this machine. JSON: <a href="/api/messages">/api/messages</a></p>` +
      (rows
        ? `<table><thead><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
        : "<p>No messages yet.</p>"),
  );
}

function messagePage(m: CaughtMessage): string {
  const headers = Object.entries(m.headers)
    .map(([key, value]) => `<tr><th>${escapeHtml(key)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join("");
  return page(
    m.subject,
    `<p><a href="/">← all mail</a></p><h1>${escapeHtml(m.subject || "(no subject)")}</h1>` +
      `<table>${headers}</table>` +
      (m.html ? `<h2>HTML</h2><iframe sandbox src="/messages/${m.id}/body.html"></iframe>` : "") +
      `<h2>Text</h2><pre>${escapeHtml(m.text)}</pre>`,
  );
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, {
    "content-type": `${type}; charset=utf-8`,
    "cache-control": "no-store",
    ...extra,
  });
  res.end(body);
}

/** Lists without the raw source, filtered by `?to=` (the usual question a test asks). */
function listJson(store: MessageStore, url: URL): string {
  const to = url.searchParams.get("to")?.toLowerCase();
  const messages = store
    .messages()
    .filter((m) => !to || [...m.to, ...m.envelope.to].some((r) => r.toLowerCase() === to))
    .map(({ raw: _raw, ...summary }) => summary);
  return JSON.stringify(messages);
}

function route(store: MessageStore, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? "/", "http://viewer");
  const byId = (id: string | undefined) => store.messages().find((m) => m.id === id);
  const [, first, id, rest] = url.pathname.split("/");

  if (req.method === "DELETE" && url.pathname === "/api/messages") {
    store.clear();
    res.writeHead(204).end();
    return;
  }
  if (req.method !== "GET") return send(res, 405, "text/plain", "Method not allowed");
  if (url.pathname === "/") return send(res, 200, "text/html", listPage(store.messages()));
  if (url.pathname === "/api/messages")
    return send(res, 200, "application/json", listJson(store, url));

  if (first === "api" && id === "messages" && rest) {
    const message = byId(rest);
    return message
      ? send(res, 200, "application/json", JSON.stringify(message))
      : send(res, 404, "application/json", JSON.stringify({ error: "not found" }));
  }
  if (first === "messages") {
    const message = byId(id);
    if (!message) return send(res, 404, "text/plain", "No such message");
    if (rest === "body.html") {
      // Mail HTML is untrusted: no scripts, no same-origin access, even when opened directly.
      return send(res, 200, "text/html", message.html ?? "", {
        "content-security-policy": "sandbox",
      });
    }
    return send(res, 200, "text/html", messagePage(message));
  }
  send(res, 404, "text/plain", "Not found");
}

/** A small HTTP view of caught mail: an HTML list for people and JSON for tests and scripts. */
export function startMailViewer(options: {
  port: number;
  store: MessageStore;
}): Promise<MailViewer> {
  const server = createServer((req, res) => route(options.store, req, res));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, LOOPBACK, () => {
      server.off("error", reject);
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      resolve({
        url: `http://${LOOPBACK}:${port}`,
        stop: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
