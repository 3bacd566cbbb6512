import { db, disconnectDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { afterAll, describe, expect, it } from "vitest";

import { createSession } from "../sessions/sessions";
import { sessionCookie } from "./cookies";
import { cookieOptionsFor, sessionFromRequest } from "./request-session";

afterAll(() => disconnectDb());

describe("sessionFromRequest", () => {
  it("opens the seeker app with a seeker cookie but not the employer app", async () => {
    const { user } = await createSeeker(db, { resume: "empty" });
    const { token } = await createSession(db, { userId: user.id, audience: "SEEKER" });
    const setCookie = sessionCookie("SEEKER", token, cookieOptionsFor("https://jobs.example"));
    const cookie = setCookie.split(";")[0] ?? "";

    const seekerApp = { audience: "SEEKER", appOrigin: "https://jobs.example" } as const;
    const seekerRequest = new Request("https://jobs.example/", { headers: { Cookie: cookie } });
    expect((await sessionFromRequest(db, seekerRequest, seekerApp))?.user.id).toBe(user.id);

    // Even if the browser sent the seeker cookie under the employer name, the audience check holds.
    const forged = cookie.replace("tsunagu_seeker", "tsunagu_employer");
    const employerRequest = new Request("https://employer.example/", {
      headers: { Cookie: forged },
    });
    const employerApp = { audience: "EMPLOYER", appOrigin: "https://employer.example" } as const;
    expect(await sessionFromRequest(db, employerRequest, employerApp)).toBeNull();
    expect(
      await sessionFromRequest(db, new Request("https://jobs.example/"), seekerApp),
    ).toBeNull();
  });

  it("on https ignores a valid token sent without the __Host- prefix", async () => {
    const { user } = await createSeeker(db, { resume: "empty" });
    const { token } = await createSession(db, { userId: user.id, audience: "SEEKER" });
    const request = new Request("https://jobs.example/", {
      headers: { Cookie: `tsunagu_seeker=${token}` },
    });
    const app = { audience: "SEEKER", appOrigin: "https://jobs.example" } as const;
    expect(await sessionFromRequest(db, request, app)).toBeNull();
    const local = { audience: "SEEKER", appOrigin: "http://127.0.0.1:3000" } as const;
    expect((await sessionFromRequest(db, request, local))?.user.id).toBe(user.id);
  });

  it("derives Secure cookies from an https origin only", () => {
    expect(cookieOptionsFor("https://jobs.example")).toEqual({ secure: true });
    expect(cookieOptionsFor("http://localhost:5173")).toEqual({ secure: false });
  });
});
