import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * A random secret that survives restarts: read from `file` when present, otherwise generated and
 * written with mode 600. Lives under `.data/`, which git ignores, so no secret is ever committed.
 */
export async function readOrCreateSecret(file: string, bytes = 24): Promise<string> {
  try {
    const existing = (await readFile(file, "utf8")).trim();
    if (existing) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  // Hex keeps the secret safe to embed in URLs and command lines without escaping.
  const secret = randomBytes(bytes).toString("hex");
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600, flag: "wx" }).catch(
    async (error: NodeJS.ErrnoException) => {
      // Another process created it first: theirs wins so both agree on one secret.
      if (error.code !== "EEXIST") throw error;
    },
  );
  return (await readFile(file, "utf8")).trim();
}
