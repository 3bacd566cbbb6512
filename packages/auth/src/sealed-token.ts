import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from "@oslojs/encoding";
import type { z } from "zod";

import { seal, unseal } from "./crypto";

/**
 * A small state that a browser carries (a cookie, a link in an email) and gives back: sealed
 * with the server secret for one purpose, so it can be neither read nor forged nor reused for
 * another purpose, and worthless after `expiresAt`.
 */
export function sealToken(purpose: string, payload: object, expiresAt: Date): string {
  const json = JSON.stringify({ payload, expiresAt: expiresAt.getTime() });
  return encodeBase64urlNoPadding(seal(purpose, new TextEncoder().encode(json)));
}

/** The payload of a token sealToken made for this purpose, or null if foreign, broken or expired. */
export function openToken<T>(
  purpose: string,
  token: string | null | undefined,
  schema: z.ZodType<T>,
  now = new Date(),
): T | null {
  if (!token || token.length > 4096) return null;
  try {
    const plain = unseal(purpose, decodeBase64urlIgnorePadding(token));
    if (!plain) return null;
    const { payload, expiresAt } = JSON.parse(new TextDecoder().decode(plain)) as {
      payload: unknown;
      expiresAt: number;
    };
    if (typeof expiresAt !== "number" || expiresAt <= now.getTime()) return null;
    const parsed = schema.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
