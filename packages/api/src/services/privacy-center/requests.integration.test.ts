import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { subjectRefOf } from "./delete-account";
import { createDataRequest, deadlineFor, DEADLINE_RULES, listMyDataRequests } from "./requests";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("requests that need a person (F7)", () => {
  it("are due by the strictest rule of the deadline table, which the record names", () => {
    const at = new Date("2026-12-03T00:00:00Z");
    for (const kind of ["RECTIFICATION", "OBJECTION", "COMPLAINT"] as const) {
      const strictest = Math.min(...DEADLINE_RULES.map((rule) => rule.hours[kind]));
      const { dueAt, rule } = deadlineFor(kind, at);
      expect(dueAt.getTime() - at.getTime()).toBe(strictest * 3_600_000);
      expect(DEADLINE_RULES.find((r) => r.code === rule)!.hours[kind]).toBe(strictest);
    }
    expect(deadlineFor("COMPLAINT", at).dueAt).toEqual(new Date("2026-12-06T00:00:00Z"));
  });

  it("are complete data for the queue, and each seeker lists only their own", async () => {
    const seeker = await createSeeker(db, { resume: "empty" });
    const other = await createSeeker(db, { resume: "empty" });
    const now = new Date();
    const created = await createDataRequest(
      db,
      seeker.user.id,
      { kind: "RECTIFICATION", details: "My old employer's name is misspelt on an application." },
      now,
    );
    expect(created).toMatchObject({ status: "RECEIVED", deadlineRule: "TSUNAGU_72H" });
    expect(created.dueAt.getTime() - now.getTime()).toBe(72 * 3_600_000);
    const row = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      userId: seeker.user.id,
      subjectRef: subjectRefOf(seeker.user.email),
      kind: "RECTIFICATION",
    });
    expect((await listMyDataRequests(db, seeker.user.id)).map((r) => r.id)).toEqual([created.id]);
    expect(await listMyDataRequests(db, other.user.id)).toEqual([]);
  });

  it("refuses an eleventh open request from one account", async () => {
    const seeker = await createSeeker(db, { resume: "empty" });
    for (let i = 0; i < 10; i++) {
      await createDataRequest(db, seeker.user.id, {
        kind: "COMPLAINT",
        details: `Complaint number ${i} about something.`,
      });
    }
    await expect(
      createDataRequest(db, seeker.user.id, { kind: "COMPLAINT", details: "One more complaint." }),
    ).rejects.toBeInstanceOf(AppError);
    expect(await db.dataSubjectRequest.count({ where: { userId: seeker.user.id } })).toBe(10);
  });
});
