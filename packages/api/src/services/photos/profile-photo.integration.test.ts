import { mkdtemp, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb } from "@tsunagu/db";
import {
  createApplication,
  createCompany,
  createEmployerMember,
  createInvitation,
  createJob,
  createSeeker,
} from "@tsunagu/db/testing";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { LocalFileStore } from "./file-store";
import {
  MAX_PHOTO_BYTES,
  readCompanyVisiblePhoto,
  readOwnProfilePhoto,
  removeOrphanFiles,
  removeProfilePhoto,
  saveProfilePhoto,
} from "./profile-photo";

const db = createDb(process.env.DATABASE_URL!);
let dir: string;
let store: LocalFileStore;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tsunagu-photos-"));
  store = new LocalFileStore(dir);
});
afterAll(async () => {
  await db.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

/** A phone camera's photo: landscape pixels, EXIF saying "rotate 90°", GPS position and camera. */
async function cameraPhoto(format: "jpeg" | "png" | "webp" = "jpeg") {
  return new Uint8Array(
    await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#3a7" } })
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Make: "PhoneMaker", Model: "Secret Model 7" },
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "35/1 41/1 0/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "139/1 41/1 0/1",
        },
      })
      .toFormat(format)
      .toBuffer(),
  );
}

function fieldProblemOf(error: unknown) {
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fieldProblem?.key;
}

describe("profile photo", () => {
  it("stores a re-encoded photo with no metadata left, upright, and shows it to its owner", async () => {
    const seeker = await createSeeker(db, { resume: "empty" });
    await saveProfilePhoto(db, store, seeker.user.id, await cameraPhoto());
    const photo = await readOwnProfilePhoto(db, store, seeker.user.id);
    expect(photo?.contentType).toBe("image/jpeg");
    const meta = await sharp(photo!.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    // Turned upright from the EXIF orientation, and at most 600 px on its long edge.
    expect([meta.width, meta.height]).toEqual([450, 600]);
    expect(Buffer.from(photo!.bytes).toString("latin1")).not.toContain("Secret Model");
  });

  it("starts from a fixture that really carries the camera's metadata", async () => {
    const original = await sharp(await cameraPhoto()).metadata();
    expect(original.orientation).toBe(6);
    expect(Buffer.from(original.exif!).toString("latin1")).toContain("Secret Model 7");
  });

  it("accepts PNG and WebP, refuses what is not an image whatever its name, and an oversized file", async () => {
    const seeker = await createSeeker(db, { resume: "empty" });
    await saveProfilePhoto(db, store, seeker.user.id, await cameraPhoto("png"));
    await saveProfilePhoto(db, store, seeker.user.id, await cameraPhoto("webp"));
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
    expect(
      fieldProblemOf(
        await saveProfilePhoto(db, store, seeker.user.id, pdf).catch((e: unknown) => e),
      ),
    ).toBe("photoType");
    const huge = new Uint8Array(MAX_PHOTO_BYTES + 1);
    huge.set(await cameraPhoto());
    expect(
      fieldProblemOf(
        await saveProfilePhoto(db, store, seeker.user.id, huge).catch((e: unknown) => e),
      ),
    ).toBe("photoTooLarge");
    // A JPEG header followed by garbage: sniffed as JPEG, refused when decoded.
    const broken = (await cameraPhoto()).slice(0, 400);
    expect(
      fieldProblemOf(
        await saveProfilePhoto(db, store, seeker.user.id, broken).catch((e: unknown) => e),
      ),
    ).toBe("photoUnreadable");
    // The refusals left the last good photo in place.
    expect((await readOwnProfilePhoto(db, store, seeker.user.id))?.contentType).toBe("image/jpeg");
  });

  it("replacing and removing the photo remove the old files", async () => {
    const seeker = await createSeeker(db, { resume: "empty" });
    await saveProfilePhoto(db, store, seeker.user.id, await cameraPhoto());
    const first = await db.upload.findFirstOrThrow({ where: { ownerUserId: seeker.user.id } });
    await saveProfilePhoto(db, store, seeker.user.id, await cameraPhoto("png"));
    expect(await store.get(first.storageKey)).toBeNull();
    expect(await db.upload.count({ where: { ownerUserId: seeker.user.id } })).toBe(1);
    const second = await db.upload.findFirstOrThrow({ where: { ownerUserId: seeker.user.id } });
    await removeProfilePhoto(db, store, seeker.user.id);
    expect(await store.get(second.storageKey)).toBeNull();
    expect(await readOwnProfilePhoto(db, store, seeker.user.id)).toBeNull();
  });

  it("reaches a company only through an application it received or an invitation the seeker accepted", async () => {
    const seeker = await createSeeker(db, { resume: "full" });
    await saveProfilePhoto(db, store, seeker.user.id, await cameraPhoto());
    const company = await createCompany(db, { plan: "pro" });
    const other = await createCompany(db, { plan: "pro" });
    const member = await createEmployerMember(db, { companyId: company.company.id, role: "OWNER" });
    const job = await createJob(db, { companyId: company.company.id });
    const application = await createApplication(db, {
      jobId: job.id,
      profileId: seeker.profile.id,
    });
    const sent = await createInvitation(db, {
      companyId: company.company.id,
      senderMemberId: member.member.id,
      profileId: seeker.profile.id,
      jobId: job.id,
      status: "SENT",
    });
    const accepted = await createInvitation(db, {
      companyId: company.company.id,
      senderMemberId: member.member.id,
      profileId: seeker.profile.id,
      jobId: (await createJob(db, { companyId: company.company.id })).id,
      status: "ACCEPTED",
    });

    expect(
      await readCompanyVisiblePhoto(db, store, company.company.id, {
        applicationId: application.id,
      }),
    ).not.toBeNull();
    expect(
      await readCompanyVisiblePhoto(db, store, company.company.id, { invitationId: accepted.id }),
    ).not.toBeNull();
    // Not through an invitation still unanswered, nor for another company holding the same ids.
    expect(
      await readCompanyVisiblePhoto(db, store, company.company.id, { invitationId: sent.id }),
    ).toBeNull();
    expect(
      await readCompanyVisiblePhoto(db, store, other.company.id, { applicationId: application.id }),
    ).toBeNull();
    expect(
      await readCompanyVisiblePhoto(db, store, other.company.id, { invitationId: accepted.id }),
    ).toBeNull();
    // A suspended company loses the right while it is suspended.
    await db.company.update({ where: { id: company.company.id }, data: { status: "SUSPENDED" } });
    expect(
      await readCompanyVisiblePhoto(db, store, company.company.id, { invitationId: accepted.id }),
    ).toBeNull();
    await db.company.update({ where: { id: company.company.id }, data: { status: "ACTIVE" } });
    // A withdrawn application no longer gives the right.
    await db.application.update({ where: { id: application.id }, data: { status: "WITHDRAWN" } });
    expect(
      await readCompanyVisiblePhoto(db, store, company.company.id, {
        applicationId: application.id,
      }),
    ).toBeNull();
  });

  it("an account deleted with its photo leaves a file the sweep removes, and only after the grace time", async () => {
    const seeker = await createSeeker(db, { resume: "empty" });
    await saveProfilePhoto(db, store, seeker.user.id, await cameraPhoto());
    const upload = await db.upload.findFirstOrThrow({ where: { ownerUserId: seeker.user.id } });
    const kept = await createSeeker(db, { resume: "empty" });
    await saveProfilePhoto(db, store, kept.user.id, await cameraPhoto());
    const keptUpload = await db.upload.findFirstOrThrow({ where: { ownerUserId: kept.user.id } });
    await db.user.delete({ where: { id: seeker.user.id } });
    expect(await store.get(upload.storageKey)).not.toBeNull();

    await removeOrphanFiles(db, store);
    expect(await store.get(upload.storageKey), "within the grace time").not.toBeNull();
    const past = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const key of [upload.storageKey, keptUpload.storageKey])
      await utimes(join(dir, ...key.split("/")), past, past);
    const { removed } = await removeOrphanFiles(db, store);
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await store.get(upload.storageKey)).toBeNull();
    expect(await store.get(keptUpload.storageKey), "a photo still in use stays").not.toBeNull();
  });
});
