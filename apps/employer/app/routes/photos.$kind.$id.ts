import type { LoaderFunctionArgs } from "@remix-run/node";
import { candidatePhotoResponse } from "~/lib/candidate-photo.server";

/** /photos/application/<id> and /photos/invitation/<id>: a candidate's photo, where the company has a right to it. */
export const loader = ({ request, params }: LoaderFunctionArgs) =>
  candidatePhotoResponse(request, params.kind, params.id);
