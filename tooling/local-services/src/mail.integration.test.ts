import { createTransport } from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isAddressedTo, startMailCatcher, type MailCatcher } from "./mail";
import { MailViewerClient } from "./mail-client";

let catcher: MailCatcher;

beforeAll(async () => {
  catcher = await startMailCatcher();
});
afterAll(async () => {
  await catcher.stop();
});
beforeEach(() => {
  catcher.clear();
});

function send(message: Parameters<ReturnType<typeof createTransport>["sendMail"]>[0]) {
  const transport = createTransport(catcher.smtpUrl);
  return transport.sendMail(message).finally(() => transport.close());
}

describe("mail catcher", () => {
  it("receives a message sent with nodemailer, with envelope, headers and both bodies", async () => {
    await send({
      from: "Tsunagu <no-reply@tsunagu.test>",
      to: "lan@example.test",
      bcc: "audit@example.test",
      subject: "Xác nhận email của bạn",
      text: "Mã xác nhận: 123456",
      html: "<p>Mã xác nhận: <b>123456</b></p>",
      headers: {
        "List-Unsubscribe": "<https://tsunagu.test/u/abc>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });

    const message = await catcher.waitForMessage(
      (m) => isAddressedTo(m, "lan@example.test"),
      2_000,
    );

    expect(message).toMatchObject({
      from: "no-reply@tsunagu.test",
      to: ["lan@example.test"],
      envelope: { from: "no-reply@tsunagu.test", to: ["lan@example.test", "audit@example.test"] },
      subject: "Xác nhận email của bạn",
      html: "<p>Mã xác nhận: <b>123456</b></p>",
    });
    expect(message.text.trim()).toBe("Mã xác nhận: 123456");
    expect(message.headers["list-unsubscribe"]).toBe("<https://tsunagu.test/u/abc>");
    expect(message.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("waits for a message that has not arrived yet and times out when none does", async () => {
    const waiting = catcher.waitForMessage((m) => m.subject === "later", 3_000);
    await send({ from: "a@tsunagu.test", to: "b@example.test", subject: "later", text: "x" });
    await expect(waiting).resolves.toMatchObject({ subject: "later" });

    await expect(catcher.waitForMessage((m) => m.subject === "never", 100)).rejects.toThrow(
      /No matching email arrived within 100 ms/,
    );
  });

  it("serves caught mail to other processes through the viewer API", async () => {
    await send({
      from: "a@tsunagu.test",
      to: "minh@example.test",
      subject: "For Minh",
      text: "hello",
    });
    await send({
      from: "a@tsunagu.test",
      to: "other@example.test",
      subject: "For someone else",
      text: "hi",
    });
    const client = new MailViewerClient(catcher.viewerUrl as string);

    const forMinh = await client.waitForMessage("MINH@example.test");
    expect(forMinh.subject).toBe("For Minh");
    expect(forMinh).not.toHaveProperty("raw");
    expect(await client.messages()).toHaveLength(2);

    const page = await fetch(catcher.viewerUrl as string).then((response) => response.text());
    expect(page).toContain("For someone else");

    await client.clear();
    expect(catcher.messages()).toEqual([]);
  });

  it("serves message HTML sandboxed and escapes it in the listing", async () => {
    await send({
      from: "a@tsunagu.test",
      to: "x@example.test",
      subject: "<script>alert(1)</script>",
      html: "<script>x()</script>",
    });
    const [message] = catcher.messages();

    const listing = await fetch(catcher.viewerUrl as string).then((response) => response.text());
    expect(listing).not.toContain("<script>alert(1)</script>");

    const body = await fetch(`${catcher.viewerUrl}/messages/${message?.id}/body.html`);
    expect(body.headers.get("content-security-policy")).toBe("sandbox");
  });
});
