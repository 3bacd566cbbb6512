import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { corpusCaseSchema, type CorpusCase } from "../src/evaluation";

const CORPUS_DIR = fileURLToPath(new URL("../corpus/", import.meta.url));

/** Every case of every corpus/*.jsonl file, validated. */
export async function readCorpus(dir = CORPUS_DIR): Promise<CorpusCase[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".jsonl")).sort();
  const cases: CorpusCase[] = [];
  for (const file of files) {
    const lines = (await readFile(`${dir}${file}`, "utf8")).split("\n").filter((l) => l.trim().length > 0);
    lines.forEach((line, i) => {
      const parsed = corpusCaseSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      cases.push(parsed.data);
    });
  }
  return cases;
}
