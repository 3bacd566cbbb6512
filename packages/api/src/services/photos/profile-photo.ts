import { createHash } from "node:crypto";
import type { Db } from "@tsunagu/db";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { AppError } from "../../errors";
import { newFileKey, type FileStore } from "./file-store";

/** The largest photo a seeker may upload, before it is re-encoded (much smaller) for storage. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const MAX_PHOTO_MEGABYTES = MAX_PHOTO_BYTES / 1024 / 1024;
/** Formats accepted, by their content (the file name and the browser's type are not trusted). */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif"] as const;
/** Stored photos: a 600 px square at most, JPEG. */
const STORED_EDGE = 600;
const STORED_TYPE = "image/jpeg";
/** Anything this many pixels or more is refused before decoding (decompression bombs). */
const MAX_INPUT_PIXELS = 40_000_000;

function photoProblem(key: string, message: string, params?: Record<string, number>) {
  return new AppError("BAD_REQUEST", message, { fieldProblem: { field: "photo", key, params } });
}

/**
 * The photo as it will be stored: its type sniffed from the bytes, decoded and re-encoded by
 * sharp so that nothing of the original file survives but the pixels (EXIF with GPS position,
 * camera serials, XMP, ICC comments, thumbnails); turned upright first from its EXIF orientation.
 */
export async function reencodePhoto(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes.byteLength === 0) throw photoProblem("photoType", "Choose a photo to upload.");
  if (bytes.byteLength > MAX_PHOTO_BYTES) {
    throw photoProblem("photoTooLarge", `Photos can be ${MAX_PHOTO_MEGABYTES} MB at most.`, {
      megabytes: MAX_PHOTO_MEGABYTES,
    });
  }
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !(PHOTO_TYPES as readonly string[]).includes(type.mime)) {
    throw photoProblem("photoType", "Upload a JPEG, PNG, WebP or AVIF photo.");
  }
  try {
    const output = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize(STORED_EDGE, STORED_EDGE, { fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
    return new Uint8Array(output);
  } catch (error) {
    throw new AppError("BAD_REQUEST", "This photo could not be read. Try another file.", {
      cause: error,
      fieldProblem: { field: "photo", key: "photoUnreadable" },
    });
  }
}

/**
 * Sets the seeker's photo: re-encoded, written to the store under a new random key, then linked
 * in one transaction that also removes the previous photo's row; the previous file goes after.
 */
export async function saveProfilePhoto(
  db: Db,
  store: FileStore,
  userId: string,
  bytes: Uint8Array,
) {
  const photo = await reencodePhoto(bytes);
  const key = newFileKey("photos");
  await store.put(key, photo, STORED_TYPE);
  try {
    const previous = await db.$transaction(async (tx) => {
      const profile = await tx.seekerProfile.findUniqueOrThrow({
        where: { userId },
        select: { id: true, photo: { select: { id: true, storageKey: true } } },
      });
      const upload = await tx.upload.create({
        data: {
          kind: "PROFILE_PHOTO",
          ownerUserId: userId,
          storageKey: key,
          contentType: STORED_TYPE,
          byteSize: photo.byteLength,
          sha256: createHash("sha256").update(photo).digest(),
        },
        select: { id: true },
      });
      await tx.seekerProfile.update({
        where: { id: profile.id },
        data: { photoUploadId: upload.id },
      });
      if (profile.photo) await tx.upload.delete({ where: { id: profile.photo.id } });
      return profile.photo;
    });
    if (previous) await store.delete(previous.storageKey);
    return { byteSize: photo.byteLength };
  } catch (error) {
    await store.delete(key);
    throw error;
  }
}

/** Removes the seeker's photo: the row first (nothing can reach the file after), then the file. */
export async function removeProfilePhoto(db: Db, store: FileStore, userId: string) {
  const removed = await db.$transaction(async (tx) => {
    const profile = await tx.seekerProfile.findUniqueOrThrow({
      where: { userId },
      select: { photo: { select: { id: true, storageKey: true } } },
    });
    if (!profile.photo) return null;
    await tx.upload.delete({ where: { id: profile.photo.id } });
    return profile.photo;
  });
  if (removed) await store.delete(removed.storageKey);
  return { removed: Boolean(removed) };
}

export interface PhotoFile {
  bytes: Uint8Array;
  contentType: string;
  /** Changes when the photo changes, for the browser's cache. */
  etag: string;
}

async function readUpload(
  store: FileStore,
  upload: { storageKey: string; contentType: string; sha256: Uint8Array } | null | undefined,
): Promise<PhotoFile | null> {
  if (!upload) return null;
  const bytes = await store.get(upload.storageKey);
  if (!bytes) return null;
  return {
    bytes,
    contentType: upload.contentType,
    etag: `"${Buffer.from(upload.sha256).toString("hex")}"`,
  };
}

const photoFields = { storageKey: true, contentType: true, sha256: true } as const;

/** The seeker's own photo, or null. */
export async function readOwnProfilePhoto(db: Db, store: FileStore, userId: string) {
  const profile = await db.seekerProfile.findUnique({
    where: { userId },
    select: { photo: { select: photoFields } },
  });
  return readUpload(store, profile?.photo);
}

/**
 * The photo of the seeker behind an application or an invitation, for a member of the company
 * concerned — and only while that company has the right to it (R5): the seeker applied to one
 * of its jobs and has not withdrawn, or accepted its invitation, and the company is not
 * suspended. Never for search (R2). Null in every other case, so a caller cannot tell a missing
 * photo from a missing right.
 */
export async function readCompanyVisiblePhoto(
  db: Db,
  store: FileStore,
  companyId: string,
  through: { applicationId: string } | { invitationId: string },
) {
  const profile =
    "applicationId" in through
      ? (
          await db.application.findFirst({
            where: {
              id: through.applicationId,
              job: { companyId, company: { status: "ACTIVE" } },
              status: { not: "WITHDRAWN" },
            },
            select: { profile: { select: { photo: { select: photoFields } } } },
          })
        )?.profile
      : (
          await db.invitation.findFirst({
            where: {
              id: through.invitationId,
              companyId,
              company: { status: "ACTIVE" },
              status: "ACCEPTED",
            },
            select: { profile: { select: { photo: { select: photoFields } } } },
          })
        )?.profile;
  return readUpload(store, profile?.photo);
}

/**
 * Deletes stored files that no `uploads` row refers to and that are older than `graceMs` (a
 * file is written just before its row): what an account deletion's cascade leaves behind, or a
 * write whose transaction failed. Returns how many went.
 */
export async function removeOrphanFiles(
  db: Db,
  store: FileStore,
  { graceMs = 60 * 60 * 1000, now = new Date() } = {},
) {
  let removed = 0;
  const batch: string[] = [];
  const flush = async () => {
    const known = new Set(
      (
        await db.upload.findMany({
          where: { storageKey: { in: batch } },
          select: { storageKey: true },
        })
      ).map((upload) => upload.storageKey),
    );
    for (const key of batch) {
      if (!known.has(key)) {
        await store.delete(key);
        removed += 1;
      }
    }
    batch.length = 0;
  };
  for await (const file of store.list()) {
    if (now.getTime() - file.writtenAt.getTime() < graceMs) continue;
    batch.push(file.key);
    if (batch.length >= 500) await flush();
  }
  if (batch.length) await flush();
  return { removed };
}
