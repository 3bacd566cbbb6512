import type { Prisma } from "./generated/prisma/client";

type DbClient = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

export type DeleteRule = "CASCADE" | "SET NULL" | "RESTRICT" | "NO ACTION" | "SET DEFAULT";

export interface ForeignKey {
  name: string;
  table: string;
  column: string;
  references: string;
  referencedColumn: string;
  onDelete: DeleteRule;
}

/**
 * Every single-column foreign key of the public schema, read from the live database (so the
 * answer is what migrations produced, not what the Prisma schema intends).
 */
export async function readForeignKeys(db: DbClient): Promise<ForeignKey[]> {
  const rows = await db.$queryRawUnsafe<ForeignKey[]>(`
    SELECT c.conname AS name,
           child.relname AS "table",
           child_column.attname AS "column",
           parent.relname AS "references",
           parent_column.attname AS "referencedColumn",
           CASE c.confdeltype::text
             WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT'
             WHEN 'a' THEN 'NO ACTION' WHEN 'd' THEN 'SET DEFAULT' END AS "onDelete"
      FROM pg_constraint c
      JOIN pg_class child ON child.oid = c.conrelid
      JOIN pg_class parent ON parent.oid = c.confrelid
      JOIN pg_attribute child_column ON child_column.attrelid = c.conrelid AND child_column.attnum = c.conkey[1]
      JOIN pg_attribute parent_column ON parent_column.attrelid = c.confrelid AND parent_column.attnum = c.confkey[1]
     WHERE c.contype = 'f' AND child.relnamespace = 'public'::regnamespace
     ORDER BY 2, 3`);
  return rows;
}

/** Tables whose rows a DELETE on `root` removes through ON DELETE CASCADE chains (root included). */
export function cascadeClosure(foreignKeys: readonly ForeignKey[], root: string): Set<string> {
  const reached = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const fk of foreignKeys) {
      if (fk.onDelete === "CASCADE" && reached.has(fk.references) && !reached.has(fk.table)) {
        reached.add(fk.table);
        grew = true;
      }
    }
  }
  return reached;
}
