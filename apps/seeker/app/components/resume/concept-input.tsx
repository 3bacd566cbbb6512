import { TextField, type FieldMetadata } from "@tsunagu/ui/forms";
import type { ReactNode } from "react";

export interface ConceptInputProps {
  /** The Conform field: gives the input its name, saved value (defaultValue) and errors. */
  field: FieldMetadata<unknown>;
  label: ReactNode;
  description?: ReactNode;
  required?: boolean;
  /** What the concept is, for the taxonomy that will suggest names: a skill or a job title. */
  kind: "skill" | "jobTitle";
}

/**
 * The one place where a skill name or a job title is typed. A plain text input for now; the
 * shared taxonomy's autocomplete replaces it here, and free text stays allowed.
 */
export function ConceptInput({ field, label, description, required, kind }: ConceptInputProps) {
  return (
    <TextField
      field={field}
      label={label}
      description={description}
      required={required}
      autoComplete="off"
      data-concept={kind}
    />
  );
}
