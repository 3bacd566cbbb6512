import { ConceptCombobox, Field, type ConceptOption } from "@tsunagu/ui";
import { getInputProps, type FieldMetadata } from "@tsunagu/ui/forms";
import { useCallback, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

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
 * The one place where a skill name or a job title is typed: the shared taxonomy suggests names
 * in the page's language (matching any language) and free text stays allowed. Without
 * JavaScript it is a plain text input with the field's name.
 */
export function ConceptInput({ field, label, description, required, kind }: ConceptInputProps) {
  const { t, i18n } = useTranslation("common");
  const language = i18n.language;
  const { key, name, defaultValue, ...input } = getInputProps(field, {
    type: "text",
    ariaAttributes: false,
  });
  const loadOptions = useCallback(
    async (query: string, signal: AbortSignal): Promise<ConceptOption[]> => {
      const params = new URLSearchParams({
        q: query.slice(0, 100),
        kind: kind === "jobTitle" ? "title" : "skill",
        lng: language,
      });
      const response = await fetch(`/api/concepts?${params}`, { signal });
      if (!response.ok) return [];
      return (await response.json()) as ConceptOption[];
    },
    [kind, language],
  );
  return (
    <Field
      id={field.id}
      label={label}
      description={description}
      error={field.errors?.length ? field.errors.join(" ") : undefined}
      requiredLabel={required ? t("form.required") : undefined}
    >
      <ConceptCombobox
        key={key}
        name={name}
        defaultValue={typeof defaultValue === "string" ? defaultValue : ""}
        required={input.required}
        maxLength={input.maxLength}
        minLength={input.minLength}
        form={input.form}
        loadOptions={loadOptions}
        data-concept={kind}
      />
    </Field>
  );
}
