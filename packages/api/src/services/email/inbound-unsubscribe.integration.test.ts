import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { unsubscribeMailbox, unsubscribeMailto } from "@tsunagu/email";
import { createTransport } from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startInboundUnsubscribe, tokenOfSubject } from "./inbound-unsubscribe";
import { issueUnsubscribeToken, maySend } from "./preferences";

const db = createDb(process.env.DATABASE_URL!);
const FROM = "Tsunagu <no-reply@tsunagu.test>";
let receiver: Awaited<ReturnType<typeof startInboundUnsubscribe>>;
const processed: string[] = [];

beforeAll(async () => {
  receiver = await startInboundUnsubscribe(db, {
    mailbox: unsubscribeMailbox(FROM),
    onProcessed: (outcome) => processed.push(outcome),
  });
});
afterAll(async () => {
  await receiver.stop();
  await db.$disconnect();
});

/** What a mail client does with the mailto: List-Unsubscribe of a message. */
async function mailUnsubscribe(mailto: string, to?: string) {
  const url = new URL(mailto);
  const transport = createTransport({
    host: "127.0.0.1",
    port: receiver.port,
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail({
    from: "seeker@example.test",
    to: to ?? url.pathname,
    subject: url.searchParams.get("subject") ?? "",
    text: "This message was sent automatically to unsubscribe.",
  });
}

describe("unsubscribing by email (the mailto: List-Unsubscribe)", () => {
  it("turns the category off from the message's own mailto link, and a repeat changes nothing", async () => {
    const { user } = await createSeeker(db);
    const token = await issueUnsubscribeToken(db, user.id, "INVITATIONS");
    const mailto = unsubscribeMailto(FROM, `https://jobs.tsunagu.test/unsubscribe?token=${token}`);
    const check = () =>
      maySend(db, { userId: user.id, address: user.email, category: "INVITATIONS" });
    expect(await check()).toBe(true);

    await mailUnsubscribe(mailto);
    expect(await check()).toBe(false);
    await mailUnsubscribe(mailto);
    expect(await check()).toBe(false);
    // Other categories stay as they were.
    expect(
      await maySend(db, { userId: user.id, address: user.email, category: "JOB_ALERTS" }),
    ).toBe(true);
    expect(processed.slice(-2)).toEqual(["unsubscribed", "unsubscribed"]);
  });

  it("refuses every other mailbox during the SMTP conversation, and ignores a message without a token", async () => {
    await expect(
      mailUnsubscribe(
        "mailto:unsubscribe@tsunagu.test?subject=unsubscribe%20x",
        "support@tsunagu.test",
      ),
    ).rejects.toMatchObject({ responseCode: 550 });
    await mailUnsubscribe("mailto:unsubscribe@tsunagu.test?subject=please%20stop");
    expect(processed.at(-1)).toBe("no-token");
  });

  it("finds the token in a reply's subject too", () => {
    const token = "a".repeat(43);
    expect(tokenOfSubject(`Re: unsubscribe ${token}`)).toBe(token);
    expect(tokenOfSubject("unsubscribe")).toBeNull();
  });
});
