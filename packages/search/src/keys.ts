import { createHash } from "node:crypto";
import { Meilisearch, MeilisearchApiError } from "meilisearch";

/**
 * Who talks to Meilisearch, and with which key. Only the process that starts Meilisearch, and
 * an operator creating these keys, hold the master key; every other process gets the key of its
 * role, scoped to the environment's indexes (MEILI_INDEX_PREFIX) and to the actions it uses.
 */
export type SearchKeyRole = "seeker-app" | "employer-app" | "jobs-worker" | "admin-app" | "indexer";

export interface SearchKeyGrant {
  /** Which processes set MEILI_API_KEY to this key. */
  usedBy: string;
  actions: readonly string[];
  indexes: (prefix: string) => string[];
}

export const SEARCH_KEY_GRANTS: Readonly<Record<SearchKeyRole, SearchKeyGrant>> = {
  // Job search only: the public app never reaches the resume index.
  "seeker-app": { usedBy: "the seeker app", actions: ["search"], indexes: (p) => [`${p}jobs`] },
  // Search, never `documents.get`: the documents route lists everything, past maxTotalHits.
  "employer-app": {
    usedBy: "the employer app",
    actions: ["search"],
    indexes: (p) => [`${p}resumes`],
  },
  // The jobs worker: saved-search alerts search resumes as the employer app does, job alerts
  // (F8) search jobs as the seeker app does. Search only, like both.
  "jobs-worker": {
    usedBy: "pnpm --filter @tsunagu/api jobs",
    actions: ["search"],
    indexes: (p) => [`${p}resumes`, `${p}jobs`],
  },
  // The index-health page counts documents; it reads no document.
  "admin-app": {
    usedBy: "the admin app",
    actions: ["stats.get"],
    indexes: (p) => [`${p}resumes`, `${p}jobs`],
  },
  // The outbox worker and the reindex/verify commands; `*` covers reindex's build indexes.
  // `indexes.get`: reindex confirms its swap by the index's creation time (see reindex.ts).
  indexer: {
    usedBy: "pnpm worker, pnpm search:reindex, pnpm search:verify",
    actions: [
      "indexes.create",
      "indexes.get",
      "indexes.delete",
      "indexes.swap",
      "settings.update",
      "documents.add",
      "documents.delete",
      "documents.get",
      "tasks.get",
    ],
    indexes: (p) => [`${p}resumes*`, `${p}jobs*`],
  },
};

export const SEARCH_KEY_ROLES = Object.keys(SEARCH_KEY_GRANTS) as SearchKeyRole[];

export type SearchKeys = Record<SearchKeyRole, string>;

/**
 * The key's uid: the same for the same role and prefix on every run, so creating keys is
 * idempotent. Meilisearch derives the key itself from the uid and the master key, so a key
 * recreated under the same uid (after its grant changed) has the same value and running
 * processes keep working.
 */
export function searchKeyUid(role: SearchKeyRole, prefix: string): string {
  const hex = createHash("sha256")
    .update(`tsunagu/meilisearch-key/${role}/${prefix}`)
    .digest("hex");
  // Shaped as a UUID v4 (version and variant bits set), the format Meilisearch accepts.
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((value, i) => value === [...b].sort()[i]);

async function existingKey(meili: Meilisearch, uid: string) {
  try {
    return await meili.getKey(uid);
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.response.status === 404) return null;
    throw error;
  }
}

/**
 * Creates the role keys for one index prefix, or confirms they exist with the right grants
 * (a key whose grant differs is replaced under the same uid), and returns them. Needs the
 * master key.
 */
export async function ensureSearchKeys(options: {
  url: string;
  masterKey: string;
  prefix?: string;
}): Promise<SearchKeys> {
  const prefix = options.prefix ?? "";
  const meili = new Meilisearch({ host: options.url, apiKey: options.masterKey });
  const keys = {} as SearchKeys;
  for (const role of SEARCH_KEY_ROLES) {
    const grant = SEARCH_KEY_GRANTS[role];
    const uid = searchKeyUid(role, prefix);
    const indexes = grant.indexes(prefix);
    let key = await existingKey(meili, uid);
    if (key && !(sameSet(key.actions, grant.actions) && sameSet(key.indexes, indexes))) {
      // Actions and indexes of a key cannot be edited; the same uid brings the same key back.
      await meili.deleteKey(uid);
      key = null;
    }
    key ??= await meili.createKey({
      uid,
      name: `tsunagu ${role}${prefix ? ` (${prefix})` : ""}`,
      description: `Used by ${grant.usedBy}. Created by pnpm search:keys / pnpm dev.`,
      actions: [...grant.actions],
      indexes,
      expiresAt: null,
    });
    keys[role] = key.key;
  }
  return keys;
}
