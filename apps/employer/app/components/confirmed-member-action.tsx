import { Form } from "@remix-run/react";
import {
  Button,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  type ButtonProps,
} from "@tsunagu/ui";
import { useEffect, useState, type ReactNode } from "react";

export interface ConfirmedMemberActionProps {
  intent: "remove" | "make-owner" | "revoke-invitation";
  /** The row's hidden fields, e.g. `{ memberId }` or `{ invitationId }`. */
  fields: Record<string, string>;
  /** The button in the row, and the one that confirms. */
  label: string;
  /** The row button's accessible name ("Remove Tanaka Yui"). */
  accessibleLabel: string;
  title: string;
  description: ReactNode;
  labels: { cancel: string; close: string };
  variant: ButtonProps["variant"];
  disabled?: boolean;
}

/**
 * A member action that cannot be undone by the person doing it, so it asks first. Before the
 * page is hydrated the row button submits straight away (the form still works without
 * JavaScript); afterwards it opens a dialog whose own form sends the same fields.
 */
export function ConfirmedMemberAction({
  intent,
  fields: rowFields,
  label,
  accessibleLabel,
  title,
  description,
  labels,
  variant,
  disabled,
}: ConfirmedMemberActionProps) {
  const [open, setOpen] = useState(false);
  // Only once hydrated does the button open a dialog, and only then does it say so.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const fields = (
    <>
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(rowFields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
  return (
    <>
      <Form method="post">
        {fields}
        <Button
          type="submit"
          variant={variant}
          size="sm"
          disabled={disabled}
          aria-label={accessibleLabel}
          aria-haspopup={hydrated ? "dialog" : undefined}
          onClick={(event) => {
            event.preventDefault();
            setOpen(true);
          }}
        >
          {label}
        </Button>
      </Form>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent closeLabel={labels.close}>
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription>{description}</DialogDescription>
          </DialogHeader>
          <Form method="post" onSubmit={() => setOpen(false)}>
            {fields}
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button" variant="outline">
                  {labels.cancel}
                </Button>
              </DialogClose>
              <Button type="submit" variant={variant}>
                {label}
              </Button>
            </DialogFooter>
          </Form>
        </DialogContent>
      </Dialog>
    </>
  );
}
