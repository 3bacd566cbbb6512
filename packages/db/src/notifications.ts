import pg from "pg";

/**
 * PostgreSQL LISTEN/NOTIFY for what every app server must hear at once, such as a deleted
 * account whose projections sit in memory caches (F7). A notification is sent inside the
 * transaction that causes it (`pg_notify`), so it arrives only if that transaction commits.
 * The listener reconnects after a lost connection; what was sent while it was away is not
 * replayed, so a cache that relies on it must also be bounded in time.
 */
export interface Listener {
  stop(): Promise<void>;
}

export async function listenTo(
  databaseUrl: string,
  channel: string,
  onMessage: (payload: string) => void,
  options: { retryMs?: number; onError?: (error: Error) => void } = {},
): Promise<Listener> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Bad channel name: ${channel}`);
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;

  const retryMs = options.retryMs ?? 2_000;

  async function connect(): Promise<void> {
    const next = new pg.Client({
      connectionString: databaseUrl,
      application_name: "tsunagu-listen",
    });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload) onMessage(message.payload);
    });
    const lost = (error?: Error) => {
      if (error) options.onError?.(error);
      if (client !== next) return;
      client = null;
      reconnectLater();
    };
    next.on("error", lost);
    next.on("end", () => lost());
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    client = next;
  }

  function reconnectLater() {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      connect().catch((error: Error) => {
        options.onError?.(error);
        reconnectLater();
      });
    }, retryMs);
    retry.unref();
  }

  await connect();
  return {
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
}
