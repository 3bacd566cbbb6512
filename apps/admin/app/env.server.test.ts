import { afterEach, describe, expect, it, vi } from "vitest";

/** env.server validates on import, so each case imports a fresh copy under a stubbed environment. */
async function loadEnv() {
  vi.resetModules();
  return (await import("./env.server")).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("admin environment", () => {
  it("refuses to start without DATABASE_URL and names the variable", async () => {
    vi.stubEnv("DATABASE_URL", undefined);
    await expect(loadEnv()).rejects.toThrow(
      /@tsunagu\/admin cannot start[\s\S]*DATABASE_URL is not set/,
    );
  });

  it("refuses a DATABASE_URL that is not a PostgreSQL URL", async () => {
    vi.stubEnv("DATABASE_URL", "mysql://tsunagu@localhost/tsunagu");
    await expect(loadEnv()).rejects.toThrow(
      /DATABASE_URL must be a postgresql:\/\/ connection URL/,
    );
  });

  it("refuses a PORT that is not a port number", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://tsunagu@localhost:5432/tsunagu");
    vi.stubEnv("PORT", "eighty");
    await expect(loadEnv()).rejects.toThrow(/PORT/);
  });

  it("refuses a short AUTH_SECRET", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://tsunagu@localhost:5432/tsunagu");
    vi.stubEnv("AUTH_SECRET", "too-short");
    await expect(loadEnv()).rejects.toThrow(/AUTH_SECRET must be at least 32 characters/);
  });

  it("requires APP_ORIGIN in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("APP_ENV", undefined);
    vi.stubEnv("APP_ORIGIN", undefined);
    vi.stubEnv("DATABASE_URL", "postgresql://tsunagu@localhost:5432/tsunagu");
    vi.stubEnv("AUTH_SECRET", "x".repeat(32));
    await expect(loadEnv()).rejects.toThrow(/APP_ORIGIN is not set/);
  });

  it("accepts a complete environment, with the local origin by default", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://tsunagu@localhost:5432/tsunagu");
    vi.stubEnv("PORT", "4100");
    vi.stubEnv("APP_ORIGIN", undefined);
    vi.stubEnv("AUTH_SECRET", "x".repeat(32));
    const env = await loadEnv();
    expect(env.DATABASE_URL).toBe("postgresql://tsunagu@localhost:5432/tsunagu");
    expect(env.PORT).toBe(4100);
    expect(env.APP_ORIGIN).toBe("http://127.0.0.1:4100");
  });
});
