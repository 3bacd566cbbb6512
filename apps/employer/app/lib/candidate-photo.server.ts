import { fileStore, readCompanyVisiblePhoto } from "@tsunagu/api";
import { photoHttpResponse } from "@tsunagu/app-kit";
import { kit } from "./kit.server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A candidate's photo for a member of the company with a right to it (R5): through an
 * application to one of its jobs that is not withdrawn, or an invitation the seeker accepted.
 * Never through search. Anything else — another company's application, a declined invitation,
 * no photo — is the same 404.
 */
export async function candidatePhotoResponse(
  request: Request,
  kind: string | undefined,
  id: string | undefined,
): Promise<Response> {
  const { user } = await kit.requireUser(request);
  const companyId = user.membership?.companyId;
  if (!companyId || !id || !UUID.test(id) || (kind !== "application" && kind !== "invitation")) {
    return photoHttpResponse(request, null);
  }
  const through = kind === "application" ? { applicationId: id } : { invitationId: id };
  return photoHttpResponse(
    request,
    await readCompanyVisiblePhoto(kit.db, fileStore(), companyId, through),
  );
}
