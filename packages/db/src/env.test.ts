import { describe, expect, it } from "vitest";

import { readDbEnv } from "./env";

describe("readDbEnv", () => {
  it("names DATABASE_URL when it is missing", () => {
    expect(() => readDbEnv({})).toThrow(/DATABASE_URL: is not set/);
    expect(() => readDbEnv({ DATABASE_URL: "" })).toThrow(/DATABASE_URL: is not set/);
  });

  it("rejects a URL that is not PostgreSQL without echoing it (it may hold a password)", () => {
    const secret = "mysql://app:s3cret-pw@db.internal/app";
    let message = "";
    try {
      readDbEnv({ DATABASE_URL: secret });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/DATABASE_URL: must be a postgresql:\/\/ connection URL/);
    expect(message).not.toContain("s3cret-pw");
  });

  it("accepts postgres:// and postgresql:// URLs", () => {
    expect(
      readDbEnv({ DATABASE_URL: "postgresql://app@127.0.0.1:5432/tsunagu" }).DATABASE_URL,
    ).toBe("postgresql://app@127.0.0.1:5432/tsunagu");
    expect(readDbEnv({ DATABASE_URL: "postgres://app@localhost/tsunagu" }).DATABASE_URL).toBe(
      "postgres://app@localhost/tsunagu",
    );
  });
});

describe("DATABASE_POOL_SIZE", () => {
  const url = "postgresql://app@127.0.0.1:5432/tsunagu";

  it("defaults to 10 and accepts a whole number", () => {
    expect(readDbEnv({ DATABASE_URL: url }).DATABASE_POOL_SIZE).toBe(10);
    expect(readDbEnv({ DATABASE_URL: url, DATABASE_POOL_SIZE: "32" }).DATABASE_POOL_SIZE).toBe(32);
  });

  it("names the variable when it is not a usable pool size", () => {
    expect(() => readDbEnv({ DATABASE_URL: url, DATABASE_POOL_SIZE: "lots" })).toThrow(
      /DATABASE_POOL_SIZE: must be a whole number/,
    );
    expect(() => readDbEnv({ DATABASE_URL: url, DATABASE_POOL_SIZE: "0" })).toThrow(
      /DATABASE_POOL_SIZE: must be at least 1/,
    );
  });
});

describe("importing @tsunagu/db", () => {
  it("never needs the environment: the client is created on first use", async () => {
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      const module = await import("./index");
      expect(module.UserKind.SEEKER).toBe("SEEKER");
      expect(() => module.db.user).toThrow(/DATABASE_URL/);
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });
});
