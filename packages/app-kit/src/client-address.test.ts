import { describe, expect, it } from "vitest";
import { clientAddressOf } from "./client-address";

const request = (headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1/", { headers });

describe("clientAddressOf", () => {
  it("uses the socket's peer when no proxy header is configured, whatever the client claims", () => {
    const spoofed = request({ "X-Forwarded-For": "203.0.113.9" });
    expect(clientAddressOf(spoofed, { clientAddress: "198.51.100.7" }, {})).toBe("198.51.100.7");
  });

  it("tells two clients apart without a proxy (no shared bucket)", () => {
    const a = clientAddressOf(request(), { clientAddress: "198.51.100.7" }, {});
    const b = clientAddressOf(request(), { clientAddress: "198.51.100.8" }, {});
    expect(a).not.toBe(b);
  });

  it("behind a proxy takes the entry that proxy appended, not the client's own claims", () => {
    const viaProxy = request({ "X-Forwarded-For": "203.0.113.9, 192.0.2.44" });
    const setting = { CLIENT_IP_HEADER: "X-Forwarded-For" };
    expect(clientAddressOf(viaProxy, { clientAddress: "10.0.0.2" }, setting)).toBe("192.0.2.44");
    // A request that bypassed the proxy has no header: its socket is all we know.
    expect(clientAddressOf(request(), { clientAddress: "10.0.0.3" }, setting)).toBe("10.0.0.3");
  });
});
