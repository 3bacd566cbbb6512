import { deliverOutboundEmail } from "@tsunagu/api";
import { keyedHash, normaliseEmail } from "@tsunagu/auth";
import { db, disconnectDb } from "@tsunagu/db";
import { AccountMailer } from "@tsunagu/email";
import {
  findFreePort,
  isAddressedTo,
  startMailCatcher,
  type MailCatcher,
} from "@tsunagu/local-services";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accountMail } from "./account-mail";

let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher({ viewerPort: false });
});
afterAll(async () => {
  await catcher.stop();
  await disconnectDb();
});

const FROM = "Tsunagu <no-reply@tsunagu.test>";
const appMail = (smtpUrl: string) =>
  accountMail({ db, appOrigin: "https://jobs.tsunagu.test", smtpUrl, mailFrom: FROM });
const address = () => `mail.${crypto.randomUUID()}@example.test`;
const rowsTo = (toAddress: string) => db.outboundEmail.findMany({ where: { toAddress } });

describe("account mail through the outbox (F8)", () => {
  it("is written to the queue and sent at once; the sent row keeps no link", async () => {
    const to = address();
    const key = `verify-email:${crypto.randomUUID()}`;
    const link = "https://jobs.tsunagu.test/verify?token=token-abc";
    expect(
      await appMail(catcher.smtpUrl).send(
        to,
        "ja",
        { kind: "verify-email", link },
        { idempotencyKey: key },
      ),
    ).toBe(true);

    const message = await catcher.waitForMessage((m) => isAddressedTo(m, to), 5_000);
    expect(message.subject).toBe("【Tsunagu】メールアドレスの確認");
    expect(message.text).toContain(link);
    // Settled: no one-time link and, with no account behind it, no address either.
    expect(
      await db.outboundEmail.findUniqueOrThrow({ where: { idempotencyKey: key } }),
    ).toMatchObject({ status: "SENT", category: "ACCOUNT", toAddress: "", payload: {} });
  });

  it("a relay that is down loses nothing: the mail waits in the queue and goes exactly once", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const to = address();
    const down = appMail(`smtp://127.0.0.1:${await findFreePort()}`);
    expect(
      await down.send(to, "en", {
        kind: "reset-password",
        link: "https://jobs.tsunagu.test/reset-password?token=t1",
      }),
    ).toBe(false);
    const [waiting] = await rowsTo(to);
    expect(waiting).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastError: "relay-unavailable",
    });
    expect(waiting!.availableAt.getTime()).toBeGreaterThan(Date.now());

    // The jobs worker, once the relay is back and the backoff has passed.
    const worker = new AccountMailer({ smtpUrl: catcher.smtpUrl, from: FROM });
    const later = new Date(waiting!.availableAt.getTime() + 1);
    expect(await deliverOutboundEmail(db, worker, waiting!.id, later)).toBe("sent");
    expect(await deliverOutboundEmail(db, worker, waiting!.id, later)).toBe("not-due");
    await catcher.waitForMessage((m) => isAddressedTo(m, to), 5_000);
    expect(catcher.messages().filter((m) => isAddressedTo(m, to))).toHaveLength(1);
  });

  it("a suppressed address gets no account mail, except the confirmation of its own deletion, which is then forgotten", async () => {
    const to = address();
    await db.emailSuppression.create({
      data: {
        emailHash: keyedHash("email-suppression", normaliseEmail(to)),
        reason: "ACCOUNT_DELETED",
      },
    });
    const mail = appMail(catcher.smtpUrl);
    expect(await mail.sendVerification(to, "en", "token-x")).toBe(false);
    const deletedAt = new Date();
    const key = `account-deleted:${crypto.randomUUID()}`;
    expect(
      await mail.send(
        to,
        "vi",
        {
          kind: "account-deleted",
          deletedAt,
          provisionRecords: 0,
          provisionUntil: null,
          evidenceUntil: deletedAt,
          suppressionUntil: deletedAt,
        },
        { idempotencyKey: key },
      ),
    ).toBe(true);

    const arrived = await catcher.waitForMessage((m) => isAddressedTo(m, to), 5_000);
    expect(arrived.subject).toContain("Tsunagu");
    expect(catcher.messages().filter((m) => isAddressedTo(m, to))).toHaveLength(1);
    // Neither row holds the address any more: it belongs to no account.
    expect(await rowsTo(to)).toEqual([]);
    expect(
      await db.outboundEmail.findUniqueOrThrow({ where: { idempotencyKey: key } }),
    ).toMatchObject({ status: "SENT", toAddress: "", payload: {} });
  });
});
