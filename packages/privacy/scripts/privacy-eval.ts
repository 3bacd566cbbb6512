/**
 * `pnpm privacy:eval`: runs the scrubber on the labelled corpus (corpus/*.jsonl) and prints,
 * per class, the share of personal values removed and of ordinary words kept. Exits non-zero
 * below 100 %. Prints labels and case ids, never the corpus text.
 */
import { readCorpus } from "./read-corpus";
import { evaluateCorpus, formatCorpusReport, isPerfect } from "../src/evaluation";

const report = evaluateCorpus(await readCorpus());
for (const line of formatCorpusReport(report)) console.info(line);
process.exitCode = isPerfect(report) ? 0 : 1;
