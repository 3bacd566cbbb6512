import { Button, type ButtonProps } from "@tsunagu/ui";

/**
 * A list's "Add …" or "Remove …" button, given Conform's `form.insert/remove.getButtonProps(…)`.
 * Those props carry Conform's intent name and value but no `type` (Conform counts on a bare
 * <button> submitting), and our Button defaults to type="button", which sent nothing: no row
 * was added, with or without JavaScript. As a submit button the intent reaches Conform in the
 * browser, and without JavaScript the action, which answers `submission.reply()` and saves nothing.
 */
export function IntentButton(props: Omit<ButtonProps, "type">) {
  return <Button {...props} type="submit" />;
}
