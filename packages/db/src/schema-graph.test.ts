import { describe, expect, it } from "vitest";

import { cascadeClosure, type ForeignKey } from "./schema-graph";

const fk = (table: string, references: string, onDelete: ForeignKey["onDelete"]): ForeignKey => ({
  name: `${table}_${references}_fkey`,
  table,
  column: `${references}_id`,
  references,
  referencedColumn: "id",
  onDelete,
});

describe("cascadeClosure", () => {
  it("follows CASCADE chains through any depth and stops at other rules", () => {
    const keys = [
      fk("profiles", "users", "CASCADE"),
      fk("skills", "profiles", "CASCADE"),
      fk("jobs", "members", "SET NULL"),
      fk("members", "users", "CASCADE"),
      fk("ledger", "members", "SET NULL"),
      fk("orphans", "profiles", "RESTRICT"),
    ];
    expect([...cascadeClosure(keys, "users")].sort()).toEqual([
      "members",
      "profiles",
      "skills",
      "users",
    ]);
  });

  it("does not loop on cycles", () => {
    const keys = [fk("a", "users", "CASCADE"), fk("b", "a", "CASCADE"), fk("a", "b", "CASCADE")];
    expect([...cascadeClosure(keys, "users")].sort()).toEqual(["a", "b", "users"]);
  });
});
