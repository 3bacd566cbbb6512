import { describe, expect, it } from "vitest";
import { startLocalServices } from "./services";

describe("startLocalServices with servers configured in the environment", () => {
  it("uses them as given and starts nothing (the production path)", async () => {
    const services = await startLocalServices({
      env: {
        DATABASE_URL: "postgresql://app:secret@db.internal:5432/tsunagu",
        MEILI_URL: "https://search.internal",
        MEILI_MASTER_KEY: "external-key",
        SMTP_URL: "smtp://relay.internal:587",
      },
    });

    expect(services).toMatchObject({
      databaseUrl: "postgresql://app:secret@db.internal:5432/tsunagu",
      adminDatabaseUrl: "postgresql://app:secret@db.internal:5432/postgres",
      meiliUrl: "https://search.internal",
      meiliMasterKey: "external-key",
      smtpUrl: "smtp://relay.internal:587",
      mailViewerUrl: null,
      postgres: null,
      meilisearch: null,
      mail: null,
    });
    await services.stop();
  });

  it("prefers an explicit ADMIN_DATABASE_URL for creating databases", async () => {
    const services = await startLocalServices({
      env: {
        DATABASE_URL: "postgresql://app:secret@db.internal:5432/tsunagu",
        ADMIN_DATABASE_URL: "postgresql://admin:other@db.internal:5432/postgres",
        MEILI_URL: "https://search.internal",
        MEILI_MASTER_KEY: "external-key",
      },
      mail: false,
    });
    expect(services.adminDatabaseUrl).toBe("postgresql://admin:other@db.internal:5432/postgres");
    await services.stop();
  });

  it("refuses MEILI_URL without MEILI_MASTER_KEY", async () => {
    await expect(
      startLocalServices({
        env: { DATABASE_URL: "postgresql://a@h/d", MEILI_URL: "https://search.internal" },
      }),
    ).rejects.toThrow(/MEILI_URL is set but MEILI_MASTER_KEY is not/);
  });
});
