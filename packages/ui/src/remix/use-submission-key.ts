import { useRef } from "react";

/**
 * A key that changes with every new action result. Given to password inputs, it remounts them
 * empty after each submission: with JavaScript the form is not reloaded, and a rejected
 * password must not stay in the field.
 */
export function useSubmissionKey(actionData: unknown): number {
  const seen = useRef({ actionData, key: 0 });
  if (seen.current.actionData !== actionData) {
    seen.current = { actionData, key: seen.current.key + 1 };
  }
  return seen.current.key;
}
