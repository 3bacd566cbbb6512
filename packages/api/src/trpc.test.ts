import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Context } from "./context";
import { AppError, type AppErrorCode } from "./errors";
import { GENERIC_ERROR_MESSAGE, publicProcedure, router } from "./trpc";

const EXPECTED: Record<AppErrorCode, [string, number]> = {
  BAD_REQUEST: ["BAD_REQUEST", 400],
  UNAUTHORIZED: ["UNAUTHORIZED", 401],
  FORBIDDEN: ["FORBIDDEN", 403],
  NOT_FOUND: ["NOT_FOUND", 404],
  CONFLICT: ["CONFLICT", 409],
  PLAN_REQUIRED: ["PAYMENT_REQUIRED", 402],
  VERIFICATION_REQUIRED: ["FORBIDDEN", 403],
  RATE_LIMITED: ["TOO_MANY_REQUESTS", 429],
  SEARCH_UNAVAILABLE: ["SERVICE_UNAVAILABLE", 503],
};

const testRouter = router({
  fail: publicProcedure
    .input(z.object({ code: z.string() }))
    .output(z.null())
    .query(({ input }) => {
      throw new AppError(input.code as AppErrorCode, `Refused: ${input.code}`, {
        retryAfterSeconds: 7,
      });
    }),
  crash: publicProcedure
    .input(z.void())
    .output(z.null())
    .query(() => {
      throw new Error(
        'duplicate key value violates unique constraint "users_email_key" (email)=(someone@example.com)',
      );
    }),
  leak: publicProcedure
    .input(z.void())
    .output(z.object({ id: z.string() }))
    .query(() => ({ id: "a", email: "someone@example.com" }) as { id: string }),
});

async function get(path: string, input?: unknown) {
  const url = new URL(`http://app.test/api/trpc/${path}`);
  if (input !== undefined) url.searchParams.set("input", JSON.stringify(input));
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(url),
    router: testRouter,
    createContext: () => ({}) as Context,
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    body: JSON.parse(text) as { error: { message: string; data: Record<string, unknown> } },
  };
}

describe("error formatter", () => {
  it.each(Object.entries(EXPECTED))(
    "maps AppError %s to %j and keeps the domain code",
    async (appCode, [code, status]) => {
      const result = await get("fail", { code: appCode });
      expect(result.status).toBe(status);
      expect(result.body.error.message).toBe(`Refused: ${appCode}`);
      expect(result.body.error.data).toMatchObject({ code, appCode, retryAfterSeconds: 7 });
    },
  );

  it("answers an unexpected error with a generic message and no stack", async () => {
    const result = await get("crash");
    expect(result.status).toBe(500);
    expect(result.body.error.message).toBe(GENERIC_ERROR_MESSAGE);
    expect(result.text).not.toMatch(/someone@example\.com|users_email_key|stack/);
  });

  it("sends only the fields the output schema lists (the allowlist routers rely on)", async () => {
    const url = new URL("http://app.test/api/trpc/leak");
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(url),
      router: testRouter,
      createContext: () => ({}) as Context,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ result: { data: { id: "a" } } });
  });
});
