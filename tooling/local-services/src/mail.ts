import { EventEmitter } from "node:events";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { startMailViewer } from "./mail-viewer";
import { LOOPBACK } from "./ports";

/** One message as the catcher received it: envelope, the headers that matter, both bodies. */
export interface CaughtMessage {
  id: string;
  receivedAt: string;
  /** SMTP envelope: who the server was told to deliver to (includes Bcc recipients). */
  envelope: { from: string | null; to: string[] };
  from: string | null;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  /** Header name (lower case) → raw value, e.g. `list-unsubscribe`. */
  headers: Record<string, string>;
  attachments: { filename: string | null; contentType: string; size: number }[];
  /** The message exactly as it arrived over SMTP. */
  raw: string;
}

export type MessagePredicate = (message: CaughtMessage) => boolean;

export interface MailCatcherOptions {
  /** SMTP port; 0 (default) picks a free one. */
  smtpPort?: number;
  /** Port of the HTTP viewer; 0 picks a free one; `false` starts no viewer. */
  viewerPort?: number | false;
}

export interface MailCatcher {
  smtpUrl: string;
  viewerUrl: string | null;
  messages(): CaughtMessage[];
  /** Resolves with the first message (already received or arriving later) that matches. */
  waitForMessage(predicate: MessagePredicate, timeoutMs?: number): Promise<CaughtMessage>;
  clear(): void;
  stop(): Promise<void>;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((group) => group.value.map((entry) => entry.address ?? "").filter(Boolean));
}

function toCaughtMessage(
  id: string,
  parsed: ParsedMail,
  raw: string,
  envelope: CaughtMessage["envelope"],
): CaughtMessage {
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    const value = line
      .slice(line.indexOf(":") + 1)
      .replace(/\r?\n[ \t]+/g, " ")
      .trim();
    headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
  }
  return {
    id,
    receivedAt: new Date().toISOString(),
    envelope,
    from: addresses(parsed.from)[0] ?? null,
    to: addresses(parsed.to),
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: parsed.html || null,
    headers,
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? null,
      contentType: attachment.contentType,
      size: attachment.size,
    })),
    raw,
  };
}

/** True when `message` was addressed to `address` (header or envelope, case-insensitive). */
export function isAddressedTo(
  message: Pick<CaughtMessage, "to" | "envelope">,
  address: string,
): boolean {
  const wanted = address.toLowerCase();
  return [...message.to, ...message.envelope.to].some(
    (recipient) => recipient.toLowerCase() === wanted,
  );
}

/**
 * An in-process SMTP server that accepts every message on 127.0.0.1 and keeps it in memory, so
 * local development and tests see the emails the apps send without any real mail leaving.
 */
export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const store: CaughtMessage[] = [];
  const arrivals = new EventEmitter();
  let sequence = 0;

  const smtp = new SMTPServer({
    // Plain SMTP on loopback, no login: what an app configured with smtp://127.0.0.1:<port> expects.
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
        };
        simpleParser(raw).then(
          (parsed) => {
            sequence += 1;
            const message = toCaughtMessage(
              String(sequence),
              parsed,
              raw.toString("utf8"),
              envelope,
            );
            store.push(message);
            arrivals.emit("message", message);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });

  const smtpPort = await new Promise<number>((resolve, reject) => {
    smtp.once("error", reject);
    const server = smtp.listen(options.smtpPort ?? 0, LOOPBACK, () => {
      smtp.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });

  const catcher = {
    messages: () => [...store],
    clear: () => {
      store.length = 0;
    },
  };
  const viewer =
    options.viewerPort === false
      ? null
      : await startMailViewer({ port: options.viewerPort ?? 0, store: catcher });

  return {
    smtpUrl: `smtp://${LOOPBACK}:${smtpPort}`,
    viewerUrl: viewer?.url ?? null,
    messages: catcher.messages,
    clear: catcher.clear,
    waitForMessage(predicate, timeoutMs = 10_000) {
      const found = store.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const onMessage = (message: CaughtMessage) => {
          if (!predicate(message)) return;
          clearTimeout(timer);
          arrivals.off("message", onMessage);
          resolve(message);
        };
        const timer = setTimeout(() => {
          arrivals.off("message", onMessage);
          reject(
            new Error(
              `No matching email arrived within ${timeoutMs} ms (${store.length} caught in total).`,
            ),
          );
        }, timeoutMs);
        arrivals.on("message", onMessage);
      });
    },
    async stop() {
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        viewer?.stop(),
      ]);
    },
  };
}
