import { createDb } from "@tsunagu/db";
import { createSeeker, uniqueSuffix } from "@tsunagu/db/testing";
import { AccountMailer } from "@tsunagu/email";
import {
  findFreePort,
  isAddressedTo,
  startMailCatcher,
  type MailCatcher,
} from "@tsunagu/local-services";
import { startJobQueue, type JobQueue } from "@tsunagu/queue";
import { afterAll, describe, expect, it, vi } from "vitest";
import { deliverOutboundEmail, outboundEmailJobs, queueEmail } from "./outbox";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(250);
  }
}

describe("the outbox through pg-boss (N6)", () => {
  it("survives a mail server outage and a worker restart, and delivers exactly once", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const port = await findFreePort();
    const mailer = new AccountMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: "Tsunagu <no-reply@tsunagu.test>",
    });
    const { user } = await createSeeker(db);
    const key = `test-invitation:${uniqueSuffix()}`;
    const mail = {
      userId: user.id,
      toAddress: user.email,
      category: "INVITATIONS" as const,
      idempotencyKey: key,
      template: "invitation-received" as const,
      payload: {
        locale: "en" as const,
        email: {
          kind: "invitation-received" as const,
          companyName: "Hoa Sen Logistics",
          jobTitle: "Forklift operator",
          link: "https://jobs.tsunagu.test/invitations/x",
          expiresAt: new Date("2027-01-01T00:00:00Z").toISOString(),
        },
        unsubscribeUrl: "https://jobs.tsunagu.test/unsubscribe",
      },
    };
    const id = await queueEmail(db, mail);
    // Queued twice (a retried page): still one row.
    expect(await queueEmail(db, mail)).toBe(id);
    expect(await db.outboundEmail.count({ where: { idempotencyKey: key } })).toBe(1);

    const { deliver, queueDue } = outboundEmailJobs(db, mailer);
    const options = {
      databaseUrl: process.env.DATABASE_URL!,
      schema: "job_queue_outbox_test",
      jobs: [deliver],
    };
    let catcher: MailCatcher | null = null;
    let queue: JobQueue = await startJobQueue(options);
    try {
      // The relay is down: the attempt fails and the row waits for its retry.
      await queueDue(queue);
      const failed = await until(
        // The attempt is counted when the row is claimed, its error written after the send fails.
        () =>
          db.outboundEmail.findFirst({
            where: { id, attempts: { gte: 1 }, lastError: { not: null } },
          }),
        15_000,
      );
      expect(failed).toMatchObject({ status: "PENDING", lastError: "relay-unavailable" });
      // The worker restarts while the mail is pending.
      await queue.stop({ timeoutMs: 5_000 });
      queue = await startJobQueue(options);
      // The relay comes back on the same address.
      catcher = await startMailCatcher({ smtpPort: port, viewerPort: false });
      const running = catcher;
      const message = await until(async () => {
        await queueDue(queue);
        return running.messages().find((m) => isAddressedTo(m, user.email));
      }, 20_000);
      expect(message.subject).toBe("Hoa Sen Logistics invited you to apply: Forklift operator");
      expect(message.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
      // More polls and the pg-boss retry of the failed job add nothing.
      for (let i = 0; i < 6; i++) {
        await queueDue(queue);
        await sleep(500);
      }
      expect(running.messages().filter((m) => isAddressedTo(m, user.email))).toHaveLength(1);
      expect(await db.outboundEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: "SENT",
      });
    } finally {
      await queue.stop({ timeoutMs: 5_000 });
      await catcher?.stop();
    }
  }, 60_000);

  it("sends nothing to someone who unsubscribed after the mail was queued", async () => {
    const { user } = await createSeeker(db);
    const mailer = {
      send: vi.fn(),
      sendInvitationReceived: vi.fn(),
      sendJobAlert: vi.fn(),
      sendSavedSearchAlert: vi.fn(),
    };
    const id = await queueEmail(db, {
      userId: user.id,
      toAddress: user.email,
      category: "INVITATIONS",
      idempotencyKey: `test-invitation:${uniqueSuffix()}`,
      template: "invitation-received",
      payload: {
        locale: "en",
        email: {
          kind: "invitation-received",
          companyName: "A",
          jobTitle: "B",
          link: "https://jobs.tsunagu.test/invitations/x",
          expiresAt: new Date().toISOString(),
        },
        unsubscribeUrl: "https://jobs.tsunagu.test/unsubscribe",
      },
    });
    await db.emailPreference.create({
      data: { userId: user.id, category: "INVITATIONS", enabled: false },
    });
    expect(await deliverOutboundEmail(db, mailer, id)).toBe("skipped");
    expect(mailer.sendInvitationReceived).not.toHaveBeenCalled();
  });
});
