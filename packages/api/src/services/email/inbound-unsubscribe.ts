import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { Db } from "@tsunagu/db";
import { unsubscribeWithToken } from "./preferences";

/**
 * F8, RFC 2369: the mailto: half of List-Unsubscribe. A mail client that unsubscribes by email
 * sends a message to `unsubscribe@<our domain>` with the subject `unsubscribe <token>` (see
 * unsubscribeMailto in @tsunagu/email); this receiver accepts only that mailbox, reads only the
 * subject, and turns the token's category off exactly as the one-click POST does. Everything
 * else is refused during the SMTP conversation, so no other mail is ever stored or read.
 * Nothing about the sender is logged.
 */
export interface InboundUnsubscribeOptions {
  /** The mailbox accepted, e.g. "unsubscribe@tsunagu.example" (case-insensitive). */
  mailbox: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Called after each processed message: whether a token was found and used. */
  onProcessed?: (outcome: "unsubscribed" | "no-token") => void;
}

/** An unsubscribe message is one line; anything larger is not one. */
const MAX_MESSAGE_BYTES = 64 * 1024;
const TOKEN = /\bunsubscribe\s+([A-Za-z0-9_-]{20,100})\b/i;

/** The token in a subject such as "unsubscribe abc…" (also "Re: unsubscribe abc…"), or null. */
export function tokenOfSubject(subject: string): string | null {
  return TOKEN.exec(subject)?.[1] ?? null;
}

export async function startInboundUnsubscribe(
  db: Db,
  options: InboundUnsubscribeOptions,
): Promise<{ port: number; stop(): Promise<void> }> {
  const mailbox = options.mailbox.toLowerCase();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: MAX_MESSAGE_BYTES,
    banner: "Tsunagu unsubscribe",
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.toLowerCase() === mailbox) return callback();
      const refused = new Error("No such mailbox here") as Error & { responseCode: number };
      refused.responseCode = 550;
      callback(refused);
    },
    onData(stream, _session, callback) {
      simpleParser(stream, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true })
        .then(async (parsed) => {
          const token = tokenOfSubject(parsed.subject ?? "");
          const done = token ? await unsubscribeWithToken(db, token) : null;
          options.onProcessed?.(done ? "unsubscribed" : "no-token");
          callback();
        })
        .catch((error: Error) => {
          console.error(`Inbound unsubscribe failed: ${error.name}`);
          const failed = new Error("Try again later") as Error & { responseCode: number };
          failed.responseCode = 451;
          callback(failed);
        });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
