import {
  confirmTwoFactorEnrolment,
  signUpEmployer,
  startTwoFactorEnrolment,
} from "@tsunagu/auth";
import {
  authenticatorCodeAt,
  signInAtLocalProvider,
  startLocalOidcProvider,
  type LocalOidcProvider,
} from "@tsunagu/auth/testing";
import { db, disconnectDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppKit, type AppKit } from "../kit";

const SEEKER = "http://127.0.0.1:3000";
const EMPLOYER = "http://127.0.0.1:3001";

let local: LocalOidcProvider;
let seeker: AppKit;
let employer: AppKit;

beforeAll(async () => {
  local = await startLocalOidcProvider({
    redirectUris: [`${SEEKER}/auth/google/callback`, `${EMPLOYER}/auth/google/callback`],
  });
  const env = (origin: string) => ({
    ...process.env,
    APP_ORIGIN: origin,
    GOOGLE_ISSUER: local.issuer,
    GOOGLE_CLIENT_ID: local.clientId,
    GOOGLE_CLIENT_SECRET: local.clientSecret,
    // Configured, so that the employer app can be seen not to offer it.
    FACEBOOK_CLIENT_ID: "facebook-app",
    FACEBOOK_CLIENT_SECRET: "facebook-secret",
  });
  seeker = createAppKit({
    app: "seeker",
    devPort: 3000,
    db,
    env: env(SEEKER),
    canChangeEmail: true,
    oauthProviders: ["google", "facebook", "microsoft"],
    // Stands in for the seeker app's policy review: the proof that provider sign-in asks too.
    afterSignIn: async (_db, _userId, redirectTo) =>
      `/privacy/review?${new URLSearchParams({ redirectTo })}`,
  });
  employer = createAppKit({
    app: "employer",
    devPort: 3001,
    db,
    env: env(EMPLOYER),
    canChangeEmail: true,
    oauthProviders: ["google", "microsoft"],
  });
});

afterAll(async () => {
  await local?.close();
  await disconnectDb();
});

const origin = (kit: AppKit) => kit.env.APP_ORIGIN;
const context = () => ({ clientAddress: `198.51.100.${crypto.randomUUID()}` });

/** A route handler's answer: Remix handlers throw their redirects. */
async function answer(run: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await run();
    if (result instanceof Response) return result;
    throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

const cookiePairs = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0] ?? "")
    .filter((pair) => !pair.endsWith("="));

/**
 * The button's POST, the provider's pages, and the callback, as a browser would go through them.
 * `form` is what the button posts; `cookies` what the browser holds already.
 */
async function providerSignIn(
  kit: AppKit,
  login: string,
  redirectTo: string,
  { form = { redirectTo }, cookies = [] }: { form?: Record<string, string>; cookies?: string[] } = {},
) {
  const begin = await answer(() =>
    kit.pages.oauth.begin.action({
      request: new Request(`${origin(kit)}/auth/google`, {
        method: "POST",
        headers: {
          Origin: origin(kit),
          "Content-Type": "application/x-www-form-urlencoded",
          Cookie: cookies.join("; "),
        },
        body: new URLSearchParams(form),
      }),
      params: { provider: "google" },
      context: context(),
    }),
  );
  const callbackUri = `${origin(kit)}/auth/google/callback`;
  const callback = await signInAtLocalProvider(
    new URL(begin.headers.get("Location") ?? ""),
    login,
    callbackUri,
  );
  return answer(() =>
    kit.pages.oauth.callback.loader({
      request: new Request(callback, {
        headers: { Cookie: [...cookies, ...cookiePairs(begin)].join("; ") },
      }),
      params: { provider: "google" },
      context: context(),
    }),
  );
}

async function signedInUser(kit: AppKit, response: Response) {
  const request = new Request(`${origin(kit)}/`, {
    headers: { Cookie: cookiePairs(response).join("; ") },
  });
  return (await kit.getOptionalUser(request))?.user.id ?? null;
}

const OWNER_PASSWORD = "Kanagawa-robotics-2026";

async function companyOwner(verified = true) {
  const email = `owner.${crypto.randomUUID()}@example.test`;
  const created = await signUpEmployer(db, {
    email,
    password: OWNER_PASSWORD,
    displayName: "Aoi Tanaka",
    companyName: "Kanagawa Robotics",
    locale: "JA",
    ip: `setup-${crypto.randomUUID()}`,
  });
  if (created.status !== "created") throw new Error(`sign-up failed: ${created.status}`);
  if (verified) {
    await db.user.update({ where: { id: created.userId }, data: { emailVerifiedAt: new Date() } });
  }
  return { email, userId: created.userId };
}

describe("the sign-in page's provider buttons", () => {
  it("shows each app only the configured providers it offers", () => {
    const view = (kit: AppKit) =>
      kit.pages.oauth.signInView(new Request(`${origin(kit)}/sign-in`)).providers;
    expect(view(seeker).map((p) => p.name)).toEqual(["Google", "Facebook"]);
    // Facebook is for seekers only; Microsoft is offered but not configured here.
    expect(view(employer).map((p) => p.name)).toEqual(["Google"]);
  });

  it("says why the last try failed, only in words of its own", () => {
    const query = (search: string) =>
      employer.pages.oauth.signInView(new Request(`${EMPLOYER}/sign-in?${search}`)).failure;
    expect(query("oauthError=no-account&provider=Google")).toEqual({
      reason: "no-account",
      provider: "Google",
    });
    expect(query("oauthError=you-were-hacked&provider=Google")).toBeNull();
    expect(query("oauthError=failed&provider=Evil%20Corp")).toEqual({
      reason: "failed",
      provider: "",
    });
  });

  it("answers 404 for a provider the app does not offer", async () => {
    const response = await answer(() =>
      employer.pages.oauth.begin.action({
        request: new Request(`${EMPLOYER}/auth/facebook`, {
          method: "POST",
          headers: { Origin: EMPLOYER, "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ redirectTo: "/account" }),
        }),
        params: { provider: "facebook" },
        context: context(),
      }),
    );
    expect(response.status).toBe(404);
  });
});

describe("employer sign-in with Google", () => {
  it("signs the company owner in and goes where they were going", async () => {
    const owner = await companyOwner();
    const response = await providerSignIn(employer, owner.email, "/billing");
    expect(response.headers.get("Location")).toBe("/billing");
    expect(await signedInUser(employer, response)).toBe(owner.userId);
    // The employer's session is no seeker session.
    expect(await signedInUser(seeker, response)).toBeNull();
  });

  it("creates a company account for a new address once the company is named", async () => {
    const email = `founder.${crypto.randomUUID()}@example.test`;
    const first = await providerSignIn(employer, email, "/account");
    expect(first.headers.get("Location")).toBe(
      "/auth/complete?provider=Google&redirectTo=%2Faccount",
    );
    expect(await signedInUser(employer, first)).toBeNull();
    expect(await db.user.count({ where: { email } })).toBe(0);

    const complete = (fields: Record<string, string>) =>
      answer(async () => {
        const outcome = await employer.pages.oauth.complete.action({
          request: new Request(`${EMPLOYER}/auth/complete`, {
            method: "POST",
            headers: {
              Origin: EMPLOYER,
              "Content-Type": "application/x-www-form-urlencoded",
              Cookie: cookiePairs(first).join("; "),
            },
            body: new URLSearchParams({ provider: "Google", redirectTo: "/account", ...fields }),
          }),
          params: {},
          context: context(),
        });
        throw new Error(`form answered ${JSON.stringify(outcome)}`);
      });
    // A blank company name is asked again, with what was typed kept.
    await expect(complete({ companyName: "", displayName: "Ren Sato" })).rejects.toThrow(
      '{"problems":["invalid-company-name"],"values":{"birthDate":"","companyName":"","displayName":"Ren Sato"}}',
    );
    const done = await complete({ companyName: "Sato Shipping", displayName: "Ren Sato" });
    expect(done.headers.get("Location")).toBe("/account");
    const user = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, membership: { select: { role: true, company: { select: { name: true } } } } },
    });
    expect(user.membership).toEqual({ role: "OWNER", company: { name: "Sato Shipping" } });
    expect(await signedInUser(employer, done)).toBe(user.id);
  });

  it("refuses an address the provider did not verify", async () => {
    const owner = await companyOwner();
    const response = await providerSignIn(employer, `unverified:${owner.email}`, "/account");
    expect(response.headers.get("Location")).toBe(
      "/sign-in?oauthError=unverified-email&provider=Google",
    );
    expect(await signedInUser(employer, response)).toBeNull();
    expect(await db.oAuthAccount.count({ where: { userId: owner.userId } })).toBe(0);
  });
});

describe("provider sign-in ends like a password sign-in", () => {
  it("goes through the app's afterSignIn step (the seeker's policy review)", async () => {
    const person = await createSeeker(db, { email: `review.${crypto.randomUUID()}@example.test` });
    const response = await providerSignIn(seeker, person.user.email, "/jobs");
    expect(response.headers.get("Location")).toBe("/privacy/review?redirectTo=%2Fjobs");
    expect(await signedInUser(seeker, response)).toBe(person.user.id);
  });

  it("asks an enrolled account for its code before any session, then continues as asked", async () => {
    const owner = await companyOwner();
    const enrolment = await startTwoFactorEnrolment(db, owner.userId);
    if (enrolment.status !== "started") throw new Error("enrolment did not start");
    const codeAt = (ms: number) => authenticatorCodeAt(enrolment.manualKey, new Date(ms));
    expect((await confirmTwoFactorEnrolment(db, owner.userId, codeAt(Date.now()))).ok).toBe(true);

    const first = await providerSignIn(employer, owner.email, "/members");
    expect(first.headers.get("Location")).toBe("/sign-in/two-step?redirectTo=%2Fmembers");
    expect(await signedInUser(employer, first)).toBeNull();

    // A code works once: the next step's code (the server accepts one step of drift).
    const second = await answer(() =>
      employer.pages.twoStep.action({
        request: new Request(`${EMPLOYER}/sign-in/two-step`, {
          method: "POST",
          headers: {
            Origin: EMPLOYER,
            "Content-Type": "application/x-www-form-urlencoded",
            Cookie: cookiePairs(first).join("; "),
          },
          body: new URLSearchParams({ code: codeAt(Date.now() + 30_000), redirectTo: "/members" }),
        }),
        params: {},
        context: context(),
      }),
    );
    expect(second.headers.get("Location")).toBe("/members");
    expect(await signedInUser(employer, second)).toBe(owner.userId);
  });
});

describe("connecting a provider from account settings", () => {
  async function passwordSession(email: string) {
    const response = await answer(() =>
      employer.pages.signIn.action({
        request: new Request(`${EMPLOYER}/sign-in`, {
          method: "POST",
          headers: { Origin: EMPLOYER, "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ email, password: OWNER_PASSWORD, redirectTo: "/account" }),
        }),
        params: {},
        context: context(),
      }),
    );
    return cookiePairs(response);
  }

  const accountPage = async (cookies: string[], search = "") =>
    employer.pages.account.loader({
      request: new Request(`${EMPLOYER}/account${search}`, {
        headers: { Cookie: cookies.join("; ") },
      }),
      params: {},
      context: context(),
    });

  it("connects a Google account of another, unverified address, which then signs in; disconnecting ends that", async () => {
    const owner = await companyOwner();
    const cookies = await passwordSession(owner.email);
    expect((await accountPage(cookies)).connections?.providers).toEqual([
      { id: "google", name: "Google", connected: false },
    ]);

    // Provider sign-in alone would refuse this address; connecting proves the account by its session.
    const login = `unverified:private.${crypto.randomUUID()}@example.test`;
    const connected = await providerSignIn(employer, login, "/account", {
      form: { intent: "connect" },
      cookies,
    });
    expect(connected.headers.get("Location")).toBe("/account?connection=connected&provider=Google");
    const page = await accountPage(cookies, "?connection=connected&provider=Google");
    expect(page.connections).toEqual({
      providers: [{ id: "google", name: "Google", connected: true }],
      notice: { outcome: "connected", provider: "Google" },
    });

    const signedIn = await providerSignIn(employer, login, "/search");
    expect(signedIn.headers.get("Location")).toBe("/search");
    expect(await signedInUser(employer, signedIn)).toBe(owner.userId);

    const disconnected = await employer.pages.account.action({
      request: new Request(`${EMPLOYER}/account`, {
        method: "POST",
        headers: {
          Origin: EMPLOYER,
          "Content-Type": "application/x-www-form-urlencoded",
          Cookie: cookies.join("; "),
        },
        body: new URLSearchParams({ intent: "disconnect-provider", provider: "google" }),
      }),
      params: {},
      context: context(),
    });
    expect(disconnected).toEqual({ intent: "disconnect-provider", provider: "Google" });
    const refused = await providerSignIn(employer, login, "/search");
    expect(refused.headers.get("Location")).toBe(
      "/sign-in?oauthError=unverified-email&provider=Google",
    );
  });

  it("connects nothing without a session: the visitor is sent to sign in", async () => {
    const response = await answer(() =>
      employer.pages.oauth.begin.action({
        request: new Request(`${EMPLOYER}/auth/google`, {
          method: "POST",
          headers: { Origin: EMPLOYER, "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ intent: "connect" }),
        }),
        params: { provider: "google" },
        context: context(),
      }),
    );
    expect(response.headers.get("Location")).toMatch(/^\/sign-in\?redirectTo=/);
  });
});
