export { cn } from "./lib/cn";
export { Alert, type AlertProps } from "./components/alert";
export {
  AppShell,
  BrandMark,
  type AppFooterProps,
  type AppShellProps,
  type BrandMarkProps,
} from "./components/app-shell";
export { Badge, badgeVariants, type BadgeProps } from "./components/badge";
export { Button, buttonVariants, type ButtonProps } from "./components/button";
export { Card, CardDescription, CardTitle } from "./components/card";
export {
  ConceptCombobox,
  type ConceptComboboxProps,
  type ConceptOption,
} from "./components/concept-combobox";
export {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  type DialogContentProps,
} from "./components/dialog";
export { EmptyState, type EmptyStateProps } from "./components/empty-state";
export { Field, Label, type FieldProps } from "./components/field";
export { NarrowPage, type NarrowPageProps } from "./components/narrow-page";
export { controlClasses, Input, Select, Textarea } from "./components/input";
export {
  CalloutSection,
  FeatureGrid,
  Hero,
  keyedFeatures,
  PageSection,
  StatusPage,
  type FeatureGridProps,
  type FeatureItem,
  type HeroProps,
  type PageSectionProps,
  type StatusPageProps,
} from "./components/page-sections";
export {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "./components/table";
export {
  ToastProvider,
  useToast,
  type ToastMessage,
  type ToastProviderProps,
  type ToastTone,
} from "./components/toast";
export { CandidateView, type CandidateViewLabels, type CandidateViewModel } from "./components/candidate-view";
