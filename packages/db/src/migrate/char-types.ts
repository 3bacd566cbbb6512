/**
 * Workaround 4: PrismaPg cannot map PostgreSQL's one-byte `"char"` type (OID 18) nor `name[]`
 * (1003), and returns `"char"[]` (1002) unparsed; the schema describer reads such catalog
 * columns during `diff` (e.g. `pg_constraint.contype`), so introspection fails with
 * "Column type 'char' could not be deserialized" (prisma/orm#27403 family).
 *
 * We report `"char"` columns as the adapter protocol's Character type — which is what the native
 * engine reads them as; reporting them as text makes the describer panic as soon as a table has
 * a CHECK constraint, or on PostgreSQL 18 (NOT NULL constraints in pg_constraint) — and
 * `"char"[]` / `name[]` as text[] with their values parsed.
 */
import {
  ColumnTypeEnum,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
  type SqlDriverAdapter,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

const CHAR_OID = 18;
const CHAR_ARRAY_OID = 1002;
const NAME_ARRAY_OID = 1003;
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const parseTextArray = (pg.types.getTypeParser as (oid: number) => (value: string) => string[])(
  TEXT_ARRAY_OID,
);

/** The parts of adapter-pg's PgQueryable we hook into (performIO is private in its types). */
interface PgQueryableInternals {
  performIO(query: SqlQuery): Promise<pg.QueryResult<unknown[]>>;
  queryRaw(query: SqlQuery): Promise<SqlResultSet>;
}

function patchQueryable(queryable: SqlQueryable): void {
  const internals = queryable as unknown as PgQueryableInternals;
  if (typeof internals.performIO !== "function") {
    throw new Error(
      "@prisma/adapter-pg changed: PgQueryable#performIO is gone (see src/migrate/char-types.ts)",
    );
  }
  const performIO = internals.performIO.bind(queryable);
  const queryRaw = internals.queryRaw.bind(queryable);
  // Keyed by the query object queryRaw hands to performIO, so concurrent queries cannot mix.
  const charColumns = new WeakMap<SqlQuery, number[]>();

  internals.performIO = async (query) => {
    const result = await performIO(query);
    const chars: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) {
        chars.push(index);
        field.dataTypeID = TEXT_OID; // so the adapter's type switch accepts it
      } else if (field.dataTypeID === CHAR_ARRAY_OID || field.dataTypeID === NAME_ARRAY_OID) {
        field.dataTypeID = TEXT_ARRAY_OID;
        for (const row of result.rows) {
          if (typeof row[index] === "string") row[index] = parseTextArray(row[index]);
        }
      }
    });
    if (chars.length > 0) charColumns.set(query, chars);
    return result;
  };

  internals.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumns.get(query) ?? []) {
      resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return resultSet;
  };
}

/** Patches an adapter-pg adapter, and every transaction it starts, in place. */
export function readCharTypes<T extends SqlDriverAdapter>(adapter: T): T {
  patchQueryable(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const transaction = await startTransaction(isolationLevel);
    patchQueryable(transaction);
    return transaction;
  };
  return adapter;
}
