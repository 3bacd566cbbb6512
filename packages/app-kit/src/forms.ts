import { data } from "@remix-run/node";
import { isWellFormedText } from "@tsunagu/schemas";

/**
 * The submitted form of an action. A body that is not a form (JSON, broken multipart) or a
 * field that no store can hold (a NUL) is bad input: 400, never a 500 from deep inside.
 */
export async function readForm(request: Request): Promise<FormData> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw data("This form could not be read. Please send it again from the page.", { status: 400 });
  }
  for (const [name, value] of form) {
    if (!isWellFormedText(name) || (typeof value === "string" && !isWellFormedText(value))) {
      throw data("This form contains characters that cannot be stored.", { status: 400 });
    }
  }
  return form;
}

/** A text field of a submitted form, "" when absent (files and missing fields alike). */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
