import {
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  MaxPartSizeExceededError,
} from "@remix-run/node";
import {
  AppError,
  fileStore,
  MAX_PHOTO_BYTES,
  readOwnProfilePhoto,
  removeProfilePhoto,
  saveProfilePhoto,
  type PhotoFile,
} from "@tsunagu/api";
import { photoHttpResponse, readForm } from "@tsunagu/app-kit";
import { kit } from "./kit.server";

/** What the photo form shows after a post: done, or the problem in the page's language. */
export type PhotoResult = { photo: "saved" | "removed" } | { photoProblem: string };

async function seekerId(request: Request) {
  const { user } = await kit.requireUser(request);
  if (user.kind !== "SEEKER") throw new Response("Not a seeker account", { status: 403 });
  return user.id;
}

async function problem(request: Request, key: string, params?: Record<string, unknown>) {
  const t = await kit.translator(request, "common");
  return { photoProblem: String(t(`form.errors.${key}` as never, params as never)) };
}

/** The photo form's post (multipart): the photo sniffed, re-encoded and stored, or refused. */
export async function uploadPhoto(request: Request): Promise<PhotoResult> {
  kit.assertSameOrigin(request);
  const userId = await seekerId(request);
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  const megabytes = MAX_PHOTO_BYTES / 1024 / 1024;
  // Refused before reading: the body would be thrown away anyway.
  if (declared > MAX_PHOTO_BYTES + 64 * 1024)
    return problem(request, "photoTooLarge", { megabytes });
  let form: FormData;
  try {
    form = await parseMultipartFormData(
      request,
      createMemoryUploadHandler({ maxPartSize: MAX_PHOTO_BYTES }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError)
      return problem(request, "photoTooLarge", { megabytes });
    // A body that claims to be multipart but is not: bad input, never a 500.
    throw new Response("This form could not be read. Please send it again from the page.", {
      status: 400,
    });
  }
  const file = form.get("photo");
  if (!(file instanceof File) || file.size === 0) return problem(request, "photoMissing");
  try {
    await saveProfilePhoto(kit.db, fileStore(), userId, new Uint8Array(await file.arrayBuffer()));
    return { photo: "saved" };
  } catch (error) {
    if (error instanceof AppError && error.fieldProblem) {
      return problem(request, error.fieldProblem.key, error.fieldProblem.params);
    }
    throw error;
  }
}

/**
 * The photo forms' posts on the personal page: an upload (multipart) or Remove; null when the
 * post is the personal section's own form.
 */
export async function photoPost(request: Request): Promise<PhotoResult | null> {
  if (request.headers.get("Content-Type")?.startsWith("multipart/form-data")) {
    return uploadPhoto(request);
  }
  const form = await readForm(request.clone());
  return form.get("intent") === "remove-photo" ? removePhoto(request) : null;
}

async function removePhoto(request: Request): Promise<PhotoResult> {
  kit.assertSameOrigin(request);
  await removeProfilePhoto(kit.db, fileStore(), await seekerId(request));
  return { photo: "removed" };
}

/** Whether the signed-in seeker has a photo (for the page), without reading the file. */
export async function photoOf(request: Request): Promise<PhotoFile | null> {
  return readOwnProfilePhoto(kit.db, fileStore(), await seekerId(request));
}

/** The seeker's own photo as an image response (private, revalidated by its hash). */
export async function photoResponse(request: Request): Promise<Response> {
  return photoHttpResponse(request, await photoOf(request));
}
