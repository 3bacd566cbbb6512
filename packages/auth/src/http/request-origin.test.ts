import { describe, expect, it } from "vitest";

import { isCrossSiteRequest, verifyRequestOrigin } from "./request-origin";

const APP = "https://jobs.tsunagu.example";

function request(method: string, headers: Record<string, string> = {}): Request {
  return new Request(`${APP}/settings/password`, { method, headers });
}

describe("verifyRequestOrigin", () => {
  it("lets safe methods through without any header", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(verifyRequestOrigin(request(method), APP)).toBe(true);
    }
  });

  it("accepts a POST from the app's own origin", () => {
    expect(verifyRequestOrigin(request("POST", { Origin: APP }), APP)).toBe(true);
    expect(verifyRequestOrigin(request("POST", { Origin: APP }), `${APP}/`)).toBe(true);
  });

  it("rejects a cross-origin POST, PUT, PATCH or DELETE", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(verifyRequestOrigin(request(method, { Origin: "https://evil.example" }), APP)).toBe(
        false,
      );
    }
  });

  it("rejects look-alike origins: another scheme, port, subdomain or suffix", () => {
    for (const origin of [
      "http://jobs.tsunagu.example",
      "https://jobs.tsunagu.example:8443",
      "https://employer.jobs.tsunagu.example",
      "https://jobs.tsunagu.example.evil.example",
      "null",
    ]) {
      expect(verifyRequestOrigin(request("POST", { Origin: origin }), APP)).toBe(false);
    }
  });

  it("trusts Origin over Sec-Fetch-Site when both are present", () => {
    const headers = { Origin: "https://evil.example", "Sec-Fetch-Site": "same-origin" };
    expect(verifyRequestOrigin(request("POST", headers), APP)).toBe(false);
  });

  it("without Origin, accepts only Sec-Fetch-Site: same-origin", () => {
    expect(verifyRequestOrigin(request("POST", { "Sec-Fetch-Site": "same-origin" }), APP)).toBe(
      true,
    );
    expect(verifyRequestOrigin(request("POST", { "Sec-Fetch-Site": "same-site" }), APP)).toBe(
      false,
    );
    expect(verifyRequestOrigin(request("POST", { "Sec-Fetch-Site": "cross-site" }), APP)).toBe(
      false,
    );
    expect(verifyRequestOrigin(request("POST"), APP)).toBe(false);
  });

  it("rejects everything when the configured app origin is not a URL", () => {
    expect(verifyRequestOrigin(request("POST", { Origin: APP }), "jobs.tsunagu.example")).toBe(
      false,
    );
  });
});

describe("isCrossSiteRequest (metered requests, any method)", () => {
  it("flags a GET another site made the browser send", () => {
    expect(isCrossSiteRequest(request("GET", { "Sec-Fetch-Site": "cross-site" }), APP)).toBe(true);
    expect(isCrossSiteRequest(request("GET", { "Sec-Fetch-Site": "same-site" }), APP)).toBe(true);
    expect(isCrossSiteRequest(request("GET", { Origin: "https://evil.example" }), APP)).toBe(true);
  });

  it("lets the app's own requests, typed URLs and non-browser clients through", () => {
    expect(isCrossSiteRequest(request("GET", { "Sec-Fetch-Site": "same-origin" }), APP)).toBe(
      false,
    );
    expect(isCrossSiteRequest(request("GET", { "Sec-Fetch-Site": "none" }), APP)).toBe(false);
    expect(isCrossSiteRequest(request("GET", { Origin: APP }), APP)).toBe(false);
    expect(isCrossSiteRequest(request("GET"), APP)).toBe(false);
  });
});
