import { createAdminAccount, RATE_LIMITS } from "@tsunagu/auth";
import { db, disconnectDb } from "@tsunagu/db";
import { afterAll, describe, expect, it } from "vitest";
import { createAppCore } from "../app-core";
import { signInPages } from "./sign-in";

afterAll(() => disconnectDb());

const core = createAppCore({
  app: "admin",
  devPort: 3002,
  db,
  env: { ...process.env, APP_ORIGIN: "http://127.0.0.1:3002" },
});
const { signIn } = signInPages(core);
const PASSWORD = "Console-keeper-4821";

/** What the browser would post, arriving from `clientAddress` as the app server reports it. */
async function postSignIn(email: string, password: string, clientAddress: string, cookie = "") {
  const request = new Request("http://127.0.0.1:3002/sign-in", {
    method: "POST",
    headers: {
      Origin: "http://127.0.0.1:3002",
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: cookie,
    },
    body: new URLSearchParams({ email, password, redirectTo: "/" }),
  });
  try {
    return { failure: await signIn.action({ request, context: { clientAddress }, params: {} }) };
  } catch (thrown) {
    if (thrown instanceof Response) return { redirect: thrown };
    throw thrown;
  }
}

async function newAdmin() {
  const email = `admin.${crypto.randomUUID()}@example.test`;
  const created = await createAdminAccount(db, { email, password: PASSWORD });
  if (created.status !== "created") throw new Error("admin not created");
  return email;
}

const address = () =>
  `198.51.100.${Math.floor(Math.random() * 250) + 1}-${crypto.randomUUID().slice(0, 8)}`;

describe("sign-in limits through the app (client address from the socket)", () => {
  it("a flood of failures over other accounts from one address does not lock out a correct sign-in elsewhere", async () => {
    const admin = await newAdmin();
    const flooder = address();
    for (let i = 0; i < RATE_LIMITS.signInPerIp.limit; i += 1) {
      await postSignIn(
        `nobody.${i}.${crypto.randomUUID()}@example.test`,
        "wrong-guess-xxxx",
        flooder,
      );
    }
    expect((await postSignIn(admin, PASSWORD, flooder)).failure).toMatchObject({
      reason: "rate-limited",
    });

    const owner = await postSignIn(admin, PASSWORD, address());
    expect(owner.redirect?.status).toBe(302);
    expect(owner.redirect?.headers.get("Location")).toBe("/");
  }, 60_000);

  it("five guesses at an account lock out the guesser's address, not the owner's", async () => {
    const admin = await newAdmin();
    const guesser = address();
    for (let i = 0; i < RATE_LIMITS.signInFailuresPerAccountAndIp.limit; i += 1) {
      expect((await postSignIn(admin, `guess-${i}-xxxxxx`, guesser)).failure).toMatchObject({
        reason: "invalid-credentials",
      });
    }
    expect((await postSignIn(admin, PASSWORD, guesser)).failure).toMatchObject({
      reason: "rate-limited",
    });
    expect((await postSignIn(admin, PASSWORD, address())).redirect?.status).toBe(302);
  });

  it("sets a device cookie that lets the owner through an attack on the account", async () => {
    const admin = await newAdmin();
    const first = await postSignIn(admin, PASSWORD, address());
    const setCookies = first.redirect?.headers.getSetCookie() ?? [];
    const device = setCookies.find((c) => c.startsWith("tsunagu_admin_device="))?.split(";")[0];
    expect(device).toBeDefined();
    for (let i = 0; i <= RATE_LIMITS.signInFailuresPerAccount.limit + 2; i += 1) {
      await postSignIn(admin, `botnet-${i}-xxxx`, address());
    }
    expect((await postSignIn(admin, PASSWORD, address())).failure).toMatchObject({
      reason: "rate-limited",
    });
    expect((await postSignIn(admin, PASSWORD, address(), device)).redirect?.status).toBe(302);
  }, 60_000);
});
