/**
 * @tsunagu/ui/forms: every form of the product, built on Conform with one zod schema shared by
 * the browser and the server (STYLE.md). `useAppForm` validates as the reader types; the bound
 * fields render label, help, value and translated errors; `localizeIssues` is the same
 * translation on the server (`@tsunagu/app-kit`'s parseForm).
 */
export { issueMessage, localizeIssues } from "./issues";
export { useAppForm, type AppFormOptions } from "./use-app-form";
export {
  CheckboxField,
  FormErrors,
  SelectField,
  TextareaField,
  TextField,
  type SelectOption,
} from "./fields";
export {
  getFieldsetProps,
  getFormProps,
  getInputProps,
  type FieldMetadata,
  type SubmissionResult,
} from "@conform-to/react";
