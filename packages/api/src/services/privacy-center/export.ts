import { cascadeClosure, readForeignKeys, type Db, type ForeignKey } from "@tsunagu/db";

/**
 * Columns a download leaves out: secrets that would let someone holding the file act as the
 * person (hashes of tokens, codes and passwords, the encrypted second-factor key) and the queued
 * mail's payload, which can carry a live link. Everything else about the person is in the file.
 */
export const WITHHELD_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  users: ["password_hash"],
  sessions: ["id", "secret_hash", "ip_hash"],
  two_factor_credentials: ["secret_encrypted"],
  recovery_codes: ["code_hash"],
  email_verification_tokens: ["token_hash"],
  password_reset_tokens: ["token_hash"],
  unsubscribe_tokens: ["token_hash"],
  company_domain_confirmations: ["token_hash"],
  outbound_emails: ["payload", "last_error"],
};

export interface PersonalTable {
  table: string;
  /** SQL condition on the table's rows (alias t) selecting the person's, with $1 the user id. */
  condition: string;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The person's tables, read from the live foreign keys: every table an account deletion
 * cascades to (so a table added later is in the download without anyone remembering it), each
 * with the path of keys that leads from its rows to the person.
 */
export async function personalTables(db: Pick<Db, "$queryRawUnsafe">): Promise<PersonalTable[]> {
  const foreignKeys = await readForeignKeys(db);
  const closure = cascadeClosure(foreignKeys, "users");
  const parentKey = new Map<string, ForeignKey>();
  // Breadth first from users, so each table hangs off the nearest table that leads to the person.
  const depth = new Map([["users", 0]]);
  for (let grew = true; grew;) {
    grew = false;
    for (const fk of foreignKeys) {
      if (fk.onDelete !== "CASCADE" || !closure.has(fk.table) || depth.has(fk.table)) continue;
      const parentDepth = depth.get(fk.references);
      if (parentDepth === undefined) continue;
      depth.set(fk.table, parentDepth + 1);
      parentKey.set(fk.table, fk);
      grew = true;
    }
  }
  const conditionOf = (table: string, alias: string): string => {
    if (table === "users") return `${alias}."id" = $1::uuid`;
    const fk = parentKey.get(table)!;
    const inner = `p${depth.get(table)}`;
    return `${alias}.${ident(fk.column)} IN (SELECT ${inner}.${ident(fk.referencedColumn)} FROM ${ident(fk.references)} ${inner} WHERE ${conditionOf(fk.references, inner)})`;
  };
  return [...closure]
    .sort((a, b) => depth.get(a)! - depth.get(b)! || a.localeCompare(b))
    .map((table) => ({ table, condition: conditionOf(table, "t") }));
}

const BATCH = 200;

/**
 * F7 "Download my data": everything held about the person as one JSON document, written as it
 * is read — a table at a time, 200 rows a query, keyed on the physical row position — so a long
 * history is never held in memory whole. Besides the person's own tables: their data-subject
 * requests and what the accountability log says they did or what was done to their account.
 */
export async function* personalDataExport(
  db: Db,
  userId: string,
  now = new Date(),
): AsyncGenerator<string> {
  const tables = await personalTables(db);
  yield `{"format":"tsunagu.personal-data","version":1,"exportedAt":${JSON.stringify(now.toISOString())},`;
  yield `"withheld":${JSON.stringify(WITHHELD_COLUMNS)},"tables":{`;
  const sections: PersonalTable[] = [
    ...tables,
    { table: "data_subject_requests", condition: `t."user_id" = $1::uuid` },
    {
      table: "audit_events",
      condition: `(t."actor_user_id" = $1::uuid OR (t."target_kind" = 'user' AND t."target_id" = $1::text))`,
    },
  ];
  for (const [index, { table, condition }] of sections.entries()) {
    yield `${index ? "," : ""}${JSON.stringify(table)}:[`;
    let after = "(0,0)";
    let first = true;
    for (;;) {
      const rows = await db.$queryRawUnsafe<{ position: string; row: unknown }[]>(
        `SELECT t.ctid::text AS position, to_jsonb(t) - $2::text[] AS row
           FROM ${ident(table)} t
          WHERE t.ctid > $3::tid AND ${condition}
          ORDER BY t.ctid
          LIMIT ${BATCH}`,
        userId,
        [...(WITHHELD_COLUMNS[table] ?? [])],
        after,
      );
      for (const { row } of rows) {
        yield `${first ? "" : ","}${JSON.stringify(row)}`;
        first = false;
      }
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1]!.position;
    }
    yield "]";
  }
  yield "}}";
}
