import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { PassThrough, Readable, Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { signInWithPassword } from "@tsunagu/auth";
import { createDb } from "@tsunagu/db";
import { uniqueSuffix } from "@tsunagu/db/testing";
import { createAdminCommand, type CommandIo } from "./create-admin-command";

const db = createDb(process.env.DATABASE_URL!);
const PASSWORD = "Kestrel-harbour-lantern-93";

afterAll(async () => {
  await db.$disconnect();
});

function capture(): Writable & { text: () => string } {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      text += String(chunk);
      callback();
    },
  });
  return Object.assign(stream, { text: () => text });
}

async function run(argv: string[], stdin: CommandIo["stdin"]) {
  const stdout = capture();
  const stderr = capture();
  const code = await createAdminCommand(argv, { stdin, stdout, stderr }, () => db);
  return { code, output: stdout.text() + stderr.text(), stderr: stderr.text() };
}

describe("pnpm admin:create", () => {
  it("creates an admin from a password on standard input, and never prints the password", async () => {
    const email = `ops.${uniqueSuffix()}@tsunagu.example.test`;
    const result = await run(
      ["--email", email, "--password-stdin"],
      Readable.from([`${PASSWORD}\n`]),
    );
    expect(result.code).toBe(0);
    expect(result.output).not.toContain(PASSWORD);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.kind).toBe("ADMIN");
    const signIn = await signInWithPassword(db, {
      email,
      password: PASSWORD,
      audience: "ADMIN",
      ip: "203.0.113.9",
    });
    expect(signIn.ok).toBe(true);
  });

  it("asks twice on a terminal without echo, and refuses when the two differ", async () => {
    const email = `ops.${uniqueSuffix()}@tsunagu.example.test`;
    const terminal = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => terminal });
    const pending = run(["--email", email], terminal);
    terminal.write(`${PASSWORD}\r`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    terminal.write(`${PASSWORD}x\r`);
    const result = await pending;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("do not match");
    expect(result.output).not.toContain(PASSWORD);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("explains what is wrong with a weak password or a bad email, without echoing either password", async () => {
    const weak = await run(
      ["--email", `ops.${uniqueSuffix()}@tsunagu.example.test`, "--password-stdin"],
      Readable.from(["password1\n"]),
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/shorter than 10 characters|too common/);
    expect(weak.output).not.toContain("password1");

    const badEmail = await run(
      ["--email", "not-an-email", "--password-stdin"],
      Readable.from([PASSWORD]),
    );
    expect(badEmail.code).toBe(1);
    expect(badEmail.stderr).toContain("email address is not valid");
  });

  it("refuses an email that already has an account", async () => {
    const email = `ops.${uniqueSuffix()}@tsunagu.example.test`;
    expect(
      (await run(["--email", email, "--password-stdin"], Readable.from([PASSWORD]))).code,
    ).toBe(0);
    const again = await run(["--email", email, "--password-stdin"], Readable.from([PASSWORD]));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
  });

  it("needs --email, and a terminal or --password-stdin", async () => {
    expect((await run([], Readable.from([]))).code).toBe(2);
    const noTerminal = await run(["--email", "a@b.example"], Readable.from([]));
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toContain("--password-stdin");
  });

  it("runs as a command (the script behind pnpm admin:create)", async () => {
    const email = `ops.${uniqueSuffix()}@tsunagu.example.test`;
    const script = fileURLToPath(new URL("./admin-create.ts", import.meta.url));
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      const child = execFile(
        "pnpm",
        ["exec", "tsx", script, "--email", email, "--password-stdin"],
        { env: process.env },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      );
      child.stdin?.end(`${PASSWORD}\n`);
    });
    expect({ code, output }).toMatchObject({
      code: 0,
      output: expect.stringContaining("Created the platform admin"),
    });
    expect(output).not.toContain(PASSWORD);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).kind).toBe("ADMIN");
  }, 60_000);
});
