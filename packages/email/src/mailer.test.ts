import { createServer } from "node:net";
import { describe, expect, it, vi } from "vitest";

import { AccountMailer } from "./mailer";

/** A port nothing listens on: taken from the OS, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("port")),
      );
    });
  });
}

describe("AccountMailer", () => {
  it("reports an unreachable relay as not sent instead of throwing (N6), naming no recipient", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const mailer = new AccountMailer({
      smtpUrl: `smtp://127.0.0.1:${await closedPort()}`,
      from: "Tsunagu <no-reply@tsunagu.test>",
    });
    const result = await mailer.send("someone@example.test", "vi", {
      kind: "verify-email",
      link: "https://jobs.example/verify?token=abc",
    });
    expect(result).toEqual({ sent: false });
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[0])).not.toContain("someone@example.test");
    expect(String(errors.mock.calls[0]?.[0])).not.toContain("token");
  });
});
