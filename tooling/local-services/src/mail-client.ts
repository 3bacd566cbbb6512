import type { CaughtMessage } from "./mail";

/** A caught message as the viewer's JSON API returns it (the raw source left out). */
export type CaughtMessageSummary = Omit<CaughtMessage, "raw">;

/**
 * Reads caught mail over the viewer's HTTP API. For code in another process than the catcher,
 * e.g. Playwright tests reading the verification mail an app server sent.
 */
export class MailViewerClient {
  constructor(private readonly viewerUrl: string) {}

  /** From MAIL_VIEWER_URL, which the e2e global setup and `pnpm dev` export. */
  static fromEnv(env: NodeJS.ProcessEnv = process.env): MailViewerClient {
    const url = env.MAIL_VIEWER_URL;
    if (!url)
      throw new Error(
        "MAIL_VIEWER_URL is not set: no local mail catcher is running for this process.",
      );
    return new MailViewerClient(url);
  }

  async messages(filter: { to?: string } = {}): Promise<CaughtMessageSummary[]> {
    const url = new URL("/api/messages", this.viewerUrl);
    if (filter.to) url.searchParams.set("to", filter.to);
    const response = await fetch(url);
    if (!response.ok)
      throw new Error(`Mail viewer answered ${response.status} for ${url.pathname}`);
    return (await response.json()) as CaughtMessageSummary[];
  }

  /** Polls until a message to `to` matching `predicate` arrives. */
  async waitForMessage(
    to: string,
    predicate: (message: CaughtMessageSummary) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<CaughtMessageSummary> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = (await this.messages({ to })).find(predicate);
      if (match) return match;
      if (Date.now() > deadline)
        throw new Error(`No matching email to ${to} arrived within ${timeoutMs} ms.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async clear(): Promise<void> {
    const response = await fetch(new URL("/api/messages", this.viewerUrl), { method: "DELETE" });
    if (!response.ok) throw new Error(`Mail viewer answered ${response.status} when clearing`);
  }
}
