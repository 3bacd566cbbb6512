import { parseArgs } from "node:util";
import type { Readable, Writable } from "node:stream";
import { createAdminAccount, PASSWORD_LENGTH, type CreateAdminResult } from "@tsunagu/auth";
import type { Db } from "@tsunagu/db";

export const USAGE = `Usage: pnpm admin:create --email <address> [--password-stdin]

Creates a platform admin account (there is no admin sign-up). Without --password-stdin the
password is asked for twice in the terminal, without echo. With --password-stdin it is read
from standard input, e.g. from a secrets manager:  op read … | pnpm admin:create --email … --password-stdin
Reads DATABASE_URL; without it, uses the database of a pnpm dev running in this checkout.`;

export interface CommandIo {
  stdin: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stdout: Writable;
  stderr: Writable;
}

const PROBLEM_TEXT: Record<
  Extract<CreateAdminResult, { status: "invalid" }>["problems"][number],
  string
> = {
  "invalid-email": "the email address is not valid",
  "too-short": `the password is shorter than ${PASSWORD_LENGTH.min} characters`,
  "too-long": `the password is longer than ${PASSWORD_LENGTH.max} characters`,
  "contains-email": "the password contains the email address",
  "too-common": "the password is too common",
  repetitive: "the password repeats too few distinct characters",
};

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  // One trailing line break is how `echo` and secret managers end their output, not the password.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Reads one line from a terminal in raw mode, echoing nothing. */
function readHidden(io: CommandIo, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    io.stdout.write(question);
    io.stdin.setRawMode?.(true);
    io.stdin.resume();
    let value = "";
    const finish = (error?: Error) => {
      io.stdin.off("data", onData);
      io.stdin.setRawMode?.(false);
      io.stdin.pause();
      io.stdout.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of String(chunk)) {
        if (char === "\r" || char === "\n") return finish();
        if (char === "\u0003") return finish(new Error("Cancelled."));
        if (char === "\u007f" || char === "\b") value = [...value].slice(0, -1).join("");
        else value += char;
      }
    };
    io.stdin.on("data", onData);
  });
}

/** `pnpm admin:create`; returns the exit code. Never writes the password anywhere. */
export async function createAdminCommand(
  argv: string[],
  io: CommandIo,
  db: () => Db,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: "string" },
        "password-stdin": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.email) {
    io.stderr.write(`--email is required.\n\n${USAGE}\n`);
    return 2;
  }

  let password: string;
  if (values["password-stdin"]) {
    password = await readAll(io.stdin);
  } else if (io.stdin.isTTY) {
    try {
      password = await readHidden(io, "Password: ");
      if ((await readHidden(io, "Repeat password: ")) !== password) {
        io.stderr.write("The passwords do not match. Nothing was created.\n");
        return 1;
      }
    } catch {
      io.stderr.write("Cancelled. Nothing was created.\n");
      return 130;
    }
  } else {
    io.stderr.write(
      "No terminal to ask for the password: pass it on standard input with --password-stdin.\n",
    );
    return 2;
  }
  if (password.length === 0) {
    io.stderr.write("The password is empty. Nothing was created.\n");
    return 1;
  }

  const result = await createAdminAccount(db(), { email: values.email, password });
  switch (result.status) {
    case "created":
      io.stdout.write(
        `Created the platform admin account. Sign in at the admin app with this email.\n`,
      );
      return 0;
    case "email-taken":
      io.stderr.write("An account with this email already exists. Nothing was created.\n");
      return 1;
    case "invalid":
      io.stderr.write(`Not created: ${result.problems.map((p) => PROBLEM_TEXT[p]).join("; ")}.\n`);
      return 1;
  }
}
