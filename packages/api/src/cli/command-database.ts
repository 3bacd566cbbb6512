/**
 * Which database an operator command writes to: DATABASE_URL when set (production, CI), else the
 * one a `pnpm dev` runs for this checkout, so a newcomer need not copy a URL out of the banner.
 */
export type CommandDatabase = { url: string; notice?: string } | { problem: string };

export async function commandDatabase(
  env: NodeJS.ProcessEnv,
  options: { dataDir?: string } = {},
): Promise<CommandDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  // Loaded only here: with DATABASE_URL set, no local tooling is involved.
  const { findRunningPostgres, redactDatabaseUrl } = await import("@tsunagu/local-services");
  const { defaultDataRoot } = await import("@tsunagu/local-services/paths");
  const dataDir = options.dataDir ?? `${defaultDataRoot()}/postgres`;
  const running = await findRunningPostgres(dataDir);
  if (!running) {
    return {
      problem:
        "DATABASE_URL is not set, and no pnpm dev is running in this checkout. " +
        "Start pnpm dev (in another terminal), or set DATABASE_URL to the database to use.",
    };
  }
  return {
    url: running.url,
    notice: `DATABASE_URL is not set: using the database of the pnpm dev running in this checkout, ${redactDatabaseUrl(running.url)}.`,
  };
}
