import { describe, expect, it } from "vitest";
import { readForm } from "./forms";

async function statusOf(promise: Promise<unknown>): Promise<number | "ok"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error && typeof error === "object" && "init" in error) {
      return (error as { init: { status: number } }).init.status;
    }
    throw error;
  }
}

const post = (body: BodyInit, contentType: string) =>
  new Request("http://127.0.0.1/sign-in", {
    method: "POST",
    body,
    headers: { "Content-Type": contentType },
  });

describe("readForm", () => {
  it("reads a normal form", async () => {
    const form = await readForm(
      post("email=a%40b.example&password=x", "application/x-www-form-urlencoded"),
    );
    expect(form.get("email")).toBe("a@b.example");
  });

  it("answers 400, not 500, to a body that is not a form", async () => {
    expect(await statusOf(readForm(post('{"email":"a@b.example"}', "application/json")))).toBe(400);
    const broken = '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\nunterminated';
    expect(await statusOf(readForm(post(broken, "multipart/form-data; boundary=x")))).toBe(400);
  });

  it("answers 400 to a field PostgreSQL could not store", async () => {
    expect(await statusOf(readForm(post("email=a%00b", "application/x-www-form-urlencoded")))).toBe(
      400,
    );
  });
});
