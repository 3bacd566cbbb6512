import { describe, expect, it } from "vitest";

import { createFaker } from "../../testing/faker";
import { buildResume } from "../../testing/resume/build-resume";
import {
  appendSeekerRows,
  emptySeekerRows,
  SEEKER_TABLES,
  type PrivacyState,
  type SeekerTableKey,
} from "./resume-rows";

function rowsFor(privacy: PrivacyState) {
  const faker = createFaker(3);
  const now = new Date("2026-11-22T00:00:00Z");
  const rows = emptySeekerRows();
  appendSeekerRows(rows, {
    email: "synthetic.test.1@synthetic.tsunagu.test",
    resume: buildResume(faker, { locale: "vi", now, refereeRate: 1 }),
    privacy,
    extraConsents: ["JOB_ALERTS"],
    createdAt: new Date("2026-01-10T00:00:00Z"),
  });
  return rows;
}

const column = (key: SeekerTableKey, row: readonly unknown[], name: string) =>
  row[SEEKER_TABLES[key].columns.indexOf(name as never)];

describe("appendSeekerRows", () => {
  it("gives every row exactly one value per column", () => {
    const rows = rowsFor("searchable");
    for (const key of Object.keys(SEEKER_TABLES) as SeekerTableKey[]) {
      for (const row of rows[key]) expect(row).toHaveLength(SEEKER_TABLES[key].columns.length);
    }
    expect(rows.referees).toHaveLength(1);
  });

  it("links children to the profile and the profile to the user", () => {
    const rows = rowsFor("searchable");
    const [user] = rows.users;
    const [profile] = rows.seekerProfiles;
    expect(column("seekerProfiles", profile!, "user_id")).toBe(user![0]);
    for (const skill of rows.skills)
      expect(column("skills", skill, "profile_id")).toBe(profile![0]);
    for (const event of rows.consentEvents)
      expect(column("consentEvents", event, "user_id")).toBe(user![0]);
  });

  it("turns each privacy state into the visibility and consent history R1 looks at", () => {
    const searchable = (rows: ReturnType<typeof rowsFor>) =>
      rows.consentEvents
        .filter((e) => column("consentEvents", e, "purpose") === "SEARCHABLE_PROFILE")
        .map((e) => column("consentEvents", e, "granted"));
    const visibility = (rows: ReturnType<typeof rowsFor>) =>
      column("seekerProfiles", rows.seekerProfiles[0]!, "visibility");

    const open = rowsFor("searchable");
    expect([visibility(open), searchable(open)]).toEqual(["SEARCHABLE", [true]]);
    const hidden = rowsFor("private");
    expect([visibility(hidden), searchable(hidden)]).toEqual(["PRIVATE", []]);
    const withdrawn = rowsFor("consent-withdrawn");
    expect([visibility(withdrawn), searchable(withdrawn)]).toEqual(["SEARCHABLE", [true, false]]);
    const restricted = rowsFor("restricted");
    expect(column("users", restricted.users[0]!, "processing_restricted_at")).toBeInstanceOf(Date);
  });
});
