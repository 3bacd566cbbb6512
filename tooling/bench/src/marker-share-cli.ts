/**
 * `pnpm --filter @tsunagu/bench marker-share [--resumes 20000]`: the marker share of the search
 * projection on generated resumes, and the projection's and the scrubber's throughput. Cheap
 * (no database, no index), unlike `pnpm bench`. The machine may be shared: the load average is
 * printed beside the timings so they can be read with that in mind.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { syntheticSeekers } from "@tsunagu/db/seed";
import { createScrubber, personalTermsOf } from "@tsunagu/privacy";
import { describeMarkerShare, measureMarkerShare, syntheticResumeRecord } from "./marker-share";

const { values } = parseArgs({
  options: { resumes: { type: "string", default: "20000" }, seed: { type: "string", default: "7" } },
});
const count = Number(values.resumes);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1) throw new Error("--resumes needs a positive whole number");

const now = new Date("2026-11-22T00:00:00Z");
const seekers = [...syntheticSeekers({ count, seed, now, runId: "share" })];
const load = () => loadavg().map((l) => l.toFixed(2)).join(", ");

console.info(`load average before: ${load()}`);
const share = measureMarkerShare(seekers, now);
console.info(describeMarkerShare(share));
console.info(`projection: ${count.toLocaleString("en")} resumes in ${Math.round(share.projectionMs)} ms (${Math.round(count / (share.projectionMs / 1000)).toLocaleString("en")} resumes/s)`);

// The scrubber alone, over the same free text the projection scrubs.
const records = seekers.map((s, i) => syntheticResumeRecord(s, i + 1));
const started = performance.now();
let strings = 0;
for (const r of records) {
  const scrub = createScrubber(personalTermsOf(r));
  const texts = [
    r.headline, r.summary,
    ...r.workExperiences.flatMap((w) => [w.title, w.description]),
    ...r.educations.map((e) => e.fieldOfStudy),
    ...r.skills.map((s) => s.name), ...r.certifications.map((c) => c.name), ...r.desiredLocations,
  ];
  for (const text of texts) {
    if (text === null) continue;
    scrub(text);
    strings += 1;
  }
}
const scrubMs = performance.now() - started;
console.info(`scrubber: ${strings.toLocaleString("en")} strings of ${count.toLocaleString("en")} resumes in ${Math.round(scrubMs)} ms (${Math.round(count / (scrubMs / 1000)).toLocaleString("en")} resumes/s)`);
console.info(`load average after: ${load()}`);
