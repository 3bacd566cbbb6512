import pg from "pg";
import { describe, expect, it } from "vitest";

describe("unit tests (files not named *.integration.test.ts)", () => {
  it("get a database URL that explains why it does not work", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await expect(client.connect()).rejects.toThrow(
      /database "unit_tests_have_no_database_name_the_file_integration_test" does not exist/,
    );
  });
});
