import { describe, expect, it } from "vitest";
import { readAppEnv } from "./app-env";

const DATABASE_URL = "postgresql://tsunagu@localhost:5432/tsunagu";
const AUTH_SECRET = "x".repeat(32);

describe("readAppEnv", () => {
  it("refuses to start without DATABASE_URL and names the app and the variable", () => {
    expect(() => readAppEnv("employer", 3001, { AUTH_SECRET })).toThrow(
      /@tsunagu\/employer cannot start[\s\S]*DATABASE_URL is not set/,
    );
  });

  it("refuses a DATABASE_URL that is not a PostgreSQL URL", () => {
    expect(() =>
      readAppEnv("seeker", 3000, {
        DATABASE_URL: "mysql://tsunagu@localhost/tsunagu",
        AUTH_SECRET,
      }),
    ).toThrow(/DATABASE_URL must be a postgresql:\/\/ connection URL/);
  });

  it("refuses a PORT that is not a port number", () => {
    expect(() => readAppEnv("seeker", 3000, { DATABASE_URL, AUTH_SECRET, PORT: "eighty" })).toThrow(
      /PORT/,
    );
  });

  it("refuses a short AUTH_SECRET", () => {
    expect(() => readAppEnv("admin", 3002, { DATABASE_URL, AUTH_SECRET: "too-short" })).toThrow(
      /AUTH_SECRET must be at least 32 characters/,
    );
  });

  it("requires APP_ORIGIN in production", () => {
    expect(() =>
      readAppEnv("seeker", 3000, { NODE_ENV: "production", DATABASE_URL, AUTH_SECRET }),
    ).toThrow(/APP_ORIGIN is not set/);
  });

  it("accepts a complete environment, with the local origin by default", () => {
    const env = readAppEnv("seeker", 3000, { DATABASE_URL, AUTH_SECRET, PORT: "4100" });
    expect(env.DATABASE_URL).toBe(DATABASE_URL);
    expect(env.PORT).toBe(4100);
    expect(env.APP_ORIGIN).toBe("http://127.0.0.1:4100");
    expect(readAppEnv("admin", 3002, { DATABASE_URL, AUTH_SECRET }).APP_ORIGIN).toBe(
      "http://127.0.0.1:3002",
    );
  });

  it("refuses to start in production without a trusted source of client addresses", () => {
    const production = {
      NODE_ENV: "production",
      DATABASE_URL,
      AUTH_SECRET,
      APP_ORIGIN: "https://jobs.example",
    };
    expect(() => readAppEnv("seeker", 3000, production)).toThrow(/CLIENT_IP_HEADER is not set/);
    expect(
      readAppEnv("seeker", 3000, { ...production, CLIENT_IP_HEADER: "X-Forwarded-For" })
        .CLIENT_IP_HEADER,
    ).toBe("X-Forwarded-For");
    expect(
      readAppEnv("seeker", 3000, { ...production, CLIENT_IP_FROM_SOCKET: "1" })
        .CLIENT_IP_FROM_SOCKET,
    ).toBe("1");
  });

  it("refuses Server-Timing on a public server, and allows it on a test or local one", () => {
    const production = {
      NODE_ENV: "production",
      DATABASE_URL,
      AUTH_SECRET,
      APP_ORIGIN: "https://jobs.example",
      CLIENT_IP_FROM_SOCKET: "1",
      SERVER_TIMING: "1",
    };
    expect(() => readAppEnv("employer", 3001, production)).toThrow(/SERVER_TIMING=1/);
    expect(readAppEnv("employer", 3001, { ...production, APP_ENV: "test" }).SERVER_TIMING).toBe(
      "1",
    );
    expect(readAppEnv("employer", 3001, { DATABASE_URL, AUTH_SECRET }).SERVER_TIMING).toBe("0");
  });
});
