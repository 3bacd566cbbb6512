/** A text field of a submitted form, "" when absent (files and missing fields alike). */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
