/**
 * Issue 7: bad input gets a 4xx, never a 5xx. Generated from the routers: every procedure of
 * every app, called through the real fetch handler, anonymously and with a session that may
 * use it, with hostile values in place of the whole input and of every field of an input the
 * procedure accepts, and with bodies that are not JSON at all. A new procedure is fuzzed
 * without anyone listing it.
 */
import type { AnyTRPCRouter } from "@trpc/server";
import { createSession, sessionCookieName } from "@tsunagu/auth";
import { createDb, type SessionAudience } from "@tsunagu/db";
import {
  createCompany,
  createEmployerMember,
  createPlatformAdmin,
  createSeeker,
} from "@tsunagu/db/testing";
import { isWellFormedText } from "@tsunagu/schemas";
import { ensureIndex } from "@tsunagu/search";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { handleTrpcRequest, ROUTERS, TRPC_ENDPOINT } from "./handler";
import { leafPaths, sampleOf, unguardedStrings, withLeaf } from "./testing/zod-samples";

const db = createDb(process.env.DATABASE_URL!);
const ORIGIN = "http://app.tsunagu.test";

const deep = (depth: number): unknown => (depth === 0 ? "x" : { a: deep(depth - 1) });

/** Leaf values that have broken parsers, drivers and search engines before. */
const HOSTILE_LEAVES: unknown[] = [
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "A".repeat(100_000),
  "",
  "\u202e\u200b",
  "' OR 1=1 --",
  "\\",
  '"',
  "../../etc/passwd",
  -1,
  1e308,
  2 ** 53 + 1,
  0.5,
  true,
  null,
  [],
  {},
  [["nested"]],
];

/** Whole inputs, in place of the procedure's own. */
const HOSTILE_INPUTS: unknown[] = [
  ...HOSTILE_LEAVES,
  { __proto__: { polluted: true }, constructor: { prototype: {} } },
  deep(500),
  Array.from({ length: 5_000 }, (_, i) => i),
  Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, "\u0000"])),
];

type Procedure = { _def: { type: "query" | "mutation"; inputs: z.ZodType[] } };

function proceduresOf(router: AnyTRPCRouter): [string, Procedure][] {
  return Object.entries(router._def.procedures as Record<string, Procedure>);
}

async function signedInCookie(audience: SessionAudience): Promise<string> {
  let userId: string;
  if (audience === "SEEKER") userId = (await createSeeker(db, { searchable: true })).user.id;
  else if (audience === "EMPLOYER") {
    const { company } = await createCompany(db, { plan: "pro" });
    userId = (await createEmployerMember(db, { companyId: company.id, role: "OWNER" })).user.id;
  } else userId = (await createPlatformAdmin(db)).id;
  const { token } = await createSession(db, { userId, audience });
  return `${sessionCookieName(audience, { secure: false })}=${token}`;
}

interface Sent {
  status: number;
  what: string;
}

async function send(
  audience: SessionAudience,
  path: string,
  init: { method: string; query?: string; body?: string; contentType?: string; cookie?: string },
): Promise<number> {
  const url = `${ORIGIN}${TRPC_ENDPOINT}/${path}${init.query ?? ""}`;
  const headers: Record<string, string> = { Origin: ORIGIN, "Sec-Fetch-Site": "same-origin" };
  if (init.cookie) headers.Cookie = init.cookie;
  if (init.contentType) headers["Content-Type"] = init.contentType;
  const response = await handleTrpcRequest(
    new Request(url, { method: init.method, headers, body: init.body }),
    {
      audience,
      appOrigin: ORIGIN,
      db,
    },
  );
  await response.arrayBuffer();
  return response.status;
}

function call(
  audience: SessionAudience,
  path: string,
  type: "query" | "mutation",
  input: unknown,
  cookie?: string,
) {
  const json = input === undefined ? undefined : JSON.stringify(input);
  return type === "query"
    ? send(audience, path, {
        method: "GET",
        query: json === undefined ? "" : `?input=${encodeURIComponent(json)}`,
        cookie,
      })
    : send(audience, path, { method: "POST", body: json, contentType: "application/json", cookie });
}

beforeAll(async () => {
  await ensureIndex("resumes");
  await ensureIndex("jobs");
});

afterAll(() => db.$disconnect());

describe.each(Object.keys(ROUTERS) as SessionAudience[])(
  "%s procedures under hostile input",
  (audience) => {
    it.each(proceduresOf(ROUTERS[audience]).map(([path, procedure]) => [path, procedure] as const))(
      "%s answers 4xx, never 5xx",
      async (path, procedure) => {
        const { type, inputs } = procedure._def;
        const schema = inputs[0]!;
        const valid = sampleOf(schema);
        const failures: Sent[] = [];
        const check = async (what: string, status: Promise<number>) => {
          const code = await status;
          if (code >= 500) failures.push({ status: code, what });
        };

        for (const cookie of [undefined, await signedInCookie(audience)]) {
          const who = cookie ? "signed in" : "anonymous";
          for (const input of HOSTILE_INPUTS) {
            await check(
              `${who}, input ${JSON.stringify(input)?.slice(0, 60)}`,
              call(audience, path, type, input, cookie),
            );
          }
          for (const leaf of leafPaths(valid)) {
            for (const value of HOSTILE_LEAVES) {
              const input = withLeaf(valid, leaf, value);
              await check(
                `${who}, ${leaf.join(".")} = ${JSON.stringify(value)?.slice(0, 40)}`,
                call(audience, path, type, input, cookie),
              );
            }
          }
          // Bodies and queries that are not JSON, and the wrong method.
          await check(
            `${who}, query input not JSON`,
            send(audience, path, { method: "GET", query: "?input=%7Bnot-json", cookie }),
          );
          await check(
            `${who}, body not JSON`,
            send(audience, path, {
              method: "POST",
              body: "{not-json",
              contentType: "application/json",
              cookie,
            }),
          );
          await check(
            `${who}, text/plain body`,
            send(audience, path, {
              method: "POST",
              body: "hello",
              contentType: "text/plain",
              cookie,
            }),
          );
          await check(
            `${who}, broken multipart`,
            send(audience, path, {
              method: "POST",
              body: "--x\r\nbroken",
              contentType: "multipart/form-data; boundary=x",
              cookie,
            }),
          );
          await check(
            `${who}, batch input not an object`,
            send(audience, path, {
              method: "GET",
              query: `?batch=1&input=${encodeURIComponent("[1,2]")}`,
              cookie,
            }),
          );
          await check(
            `${who}, other method`,
            call(audience, path, type === "query" ? "mutation" : "query", valid, cookie),
          );
        }
        expect(failures).toEqual([]);
      },
      120_000,
    );
  },
);

describe("input schemas", () => {
  it("build every free-text field on the well-formed-text rule (no NUL, no lone surrogate)", () => {
    const unguarded = (Object.keys(ROUTERS) as SessionAudience[]).flatMap((audience) =>
      proceduresOf(ROUTERS[audience]).flatMap(([path, procedure]) =>
        procedure._def.inputs.flatMap((schema) =>
          unguardedStrings(schema, isWellFormedText, `${audience} ${path}`),
        ),
      ),
    );
    expect(unguarded).toEqual([]);
  });
});
