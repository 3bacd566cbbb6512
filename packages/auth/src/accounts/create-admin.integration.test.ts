import { db, disconnectDb } from "@tsunagu/db";
import { afterAll, describe, expect, it } from "vitest";

import { createAdminAccount } from "./create-admin";
import { signInWithPassword } from "./sign-in";

afterAll(() => disconnectDb());

describe("createAdminAccount", () => {
  it("creates an admin who can sign in to the admin app only", async () => {
    const email = `ops.${crypto.randomUUID()}@tsunagu.example.test`;
    const password = "operator-long-passphrase";
    expect(await createAdminAccount(db, { email, password })).toMatchObject({ status: "created" });
    const ip = `admin-${crypto.randomUUID()}`;
    expect((await signInWithPassword(db, { email, password, audience: "ADMIN", ip })).ok).toBe(
      true,
    );
    expect(await signInWithPassword(db, { email, password, audience: "SEEKER", ip })).toEqual({
      ok: false,
      reason: "invalid-credentials",
    });
    expect(await createAdminAccount(db, { email, password })).toEqual({
      status: "email-taken",
      email,
    });
  });
});
