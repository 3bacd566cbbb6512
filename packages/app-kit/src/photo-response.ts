import type { PhotoFile } from "@tsunagu/api";

/**
 * A stored photo as an image response: private to the browser (never a shared cache),
 * revalidated by its content hash, and not to be sniffed as anything but the stored type. A
 * missing photo and a missing right to it are the same 404.
 */
export function photoHttpResponse(request: Request, photo: PhotoFile | null): Response {
  if (!photo) return new Response("No photo", { status: 404 });
  const headers = {
    "Content-Type": photo.contentType,
    "Cache-Control": "private, no-cache",
    ETag: photo.etag,
    "X-Content-Type-Options": "nosniff",
    "Content-Disposition": "inline",
  };
  if (request.headers.get("If-None-Match") === photo.etag)
    return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(photo.bytes), { headers });
}
