import { Input } from "../components/input";
import { useEffect, useRef, useState, type InputHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

/** The policy's minimum length (PASSWORD_LENGTH in @tsunagu/auth, which stays on the server). */
const MINIMUM_LENGTH = 10;

/**
 * A new-password input with a live character count, so the length rule is met before
 * submitting; the other rules (common passwords, the email inside) are checked by the server.
 * Remounts empty when `resetKey` changes.
 */
export function NewPasswordInput({
  resetKey,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { resetKey: number }) {
  const { t } = useTranslation("common");
  const input = useRef<HTMLInputElement>(null);
  const [length, setLength] = useState(0);
  // Counts what was typed before hydration too, and starts again after a remount.
  useEffect(() => setLength([...(input.current?.value ?? "")].length), [resetKey]);
  const lengthId = props.id ? `${props.id}-length` : undefined;
  const describedBy = [props["aria-describedby"], lengthId].filter(Boolean).join(" ");
  return (
    <>
      <Input
        {...props}
        aria-describedby={describedBy || undefined}
        key={resetKey}
        ref={input}
        type="password"
        autoComplete="new-password"
        onChange={(event) => setLength([...event.currentTarget.value].length)}
      />
      <p
        id={lengthId}
        className={length >= MINIMUM_LENGTH ? "text-sm text-success" : "text-sm text-ink-muted"}
      >
        {t("auth.fields.passwordLength", { count: length })}
      </p>
    </>
  );
}
