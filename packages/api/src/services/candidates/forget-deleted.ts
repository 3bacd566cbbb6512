import { listenTo, readDbEnv, type DbTransaction, type Listener } from "@tsunagu/db";
import { redactionCache, type RedactionCache } from "./redaction-cache";

/**
 * F7 "every copy goes": a deleted account's redacted projections live in the memory of every
 * server that searched it (the employer app, the jobs worker). The deletion announces the
 * resume's search key on this channel inside its transaction; every such process listens and
 * drops them as the deletion commits.
 */
export const RESUME_FORGOTTEN_CHANNEL = "resume_forgotten";

/** Called inside the deleting transaction: heard only if it commits. */
export async function announceResumeForgotten(
  tx: Pick<DbTransaction, "$executeRaw">,
  searchKey: string,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${RESUME_FORGOTTEN_CHANNEL}, ${searchKey})`;
}

/** Listens for deletions and drops their projections from `cache`. */
export function forgetDeletedResumes(
  databaseUrl: string,
  cache: RedactionCache = redactionCache,
): Promise<Listener> {
  return listenTo(databaseUrl, RESUME_FORGOTTEN_CHANNEL, (searchKey) => cache.forget(searchKey), {
    // The error's class only: a connection error can carry the database URL.
    onError: (error) => console.error(`Deletion listener: ${error.name}; reconnecting`),
  });
}

const STARTED = Symbol.for("tsunagu.forgetDeletedResumes");

/**
 * Starts the listener for this process's shared cache once, however often the module that asks
 * is evaluated (a dev server reloading it). A listener that cannot start is reported, not fatal:
 * the cache is still re-checked on every hit (R4) and never serves a deleted resume.
 */
export function startForgettingDeletedResumes(): void {
  const holder = globalThis as { [STARTED]?: Promise<Listener | null> };
  holder[STARTED] ??= forgetDeletedResumes(readDbEnv().DATABASE_URL).catch((error: Error) => {
    console.error(`Deletion listener not started: ${error.name}`);
    return null;
  });
}
