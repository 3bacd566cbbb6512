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

    const seekerRequest = new Request("https://jobs.example/", { headers: { Cookie: cookie } });
    expect((await sessionFromRequest(db, seekerRequest, "SEEKER"))?.user.id).toBe(user.id);

    // Even if the browser sent the seeker cookie under the employer name, the audience check holds.
    const forged = cookie.replace("tsunagu_seeker", "tsunagu_employer");
    const employerRequest = new Request("https://employer.example/", {
      headers: { Cookie: forged },
    });
    expect(await sessionFromRequest(db, employerRequest, "EMPLOYER")).toBeNull();
    expect(await sessionFromRequest(db, new Request("https://jobs.example/"), "SEEKER")).toBeNull();
  });

  it("derives Secure cookies from an https origin only", () => {
    expect(cookieOptionsFor("https://jobs.example")).toEqual({ secure: true });
    expect(cookieOptionsFor("http://localhost:5173")).toEqual({ secure: false });
  });
});
