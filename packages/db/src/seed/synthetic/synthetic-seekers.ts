/**
 * The sequence of synthetic seekers the bulk generator writes, as plain data. The same seed,
 * date and count give the same seekers, so a benchmark can look at exactly what it loaded
 * (for instance which free text really holds contact details) without reading it back.
 */
import type { ConsentPurpose } from "../../generated/prisma/enums";
import { createFaker } from "../../testing/faker";
import { buildResume } from "../../testing/resume/build-resume";
import type { ResumeLocale } from "../../testing/resume/catalog";
import type { PrivacyState, SyntheticSeeker } from "./resume-rows";

/** Where synthetic accounts live; `synthetic.<run>.<n>@…`. */
export const SYNTHETIC_EMAIL_DOMAIN = "synthetic.tsunagu.test";

export interface SyntheticSeekerOptions {
  count: number;
  /** Reproduces the same seekers. */
  seed?: number;
  now: Date;
  /** Part of each synthetic email address, so that runs into one database do not collide. */
  runId: string;
}

/**
 * Mostly searchable with consent, as a benchmark of the search path needs, plus the states R1
 * must keep out of the index.
 */
const PRIVACY_MIX: { value: PrivacyState; weight: number }[] = [
  { value: "searchable", weight: 91 },
  { value: "private", weight: 5 },
  { value: "consent-withdrawn", weight: 2.5 },
  { value: "restricted", weight: 1.5 },
];

const LOCALE_MIX: { value: ResumeLocale; weight: number }[] = [
  { value: "vi", weight: 55 },
  { value: "en", weight: 25 },
  { value: "ja", weight: 20 },
];

const DAY_MS = 86_400_000;

export function* syntheticSeekers(options: SyntheticSeekerOptions): Generator<SyntheticSeeker> {
  const { count, now, runId } = options;
  const faker = createFaker(options.seed);
  for (let n = 1; n <= count; n++) {
    const extraConsents: ConsentPurpose[] = [];
    if (faker.datatype.boolean({ probability: 0.5 })) extraConsents.push("JOB_ALERTS");
    if (faker.datatype.boolean({ probability: 0.2 })) extraConsents.push("NEWSLETTER");
    yield {
      email: `synthetic.${runId}.${n}@${SYNTHETIC_EMAIL_DOMAIN}`,
      resume: buildResume(faker, { locale: faker.helpers.weightedArrayElement(LOCALE_MIX), now }),
      privacy: faker.helpers.weightedArrayElement(PRIVACY_MIX),
      extraConsents,
      // Accounts opened over two years, all at least ten days old (withdrawals follow sign-up).
      createdAt: new Date(
        now.getTime() - faker.number.int({ min: 10 * DAY_MS, max: 730 * DAY_MS }),
      ),
    };
  }
}
