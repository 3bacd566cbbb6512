import * as ToastPrimitive from "@radix-ui/react-toast";
import { cva } from "class-variance-authority";
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";

export type ToastTone = "info" | "success" | "error";

export interface ToastMessage {
  title: string;
  description?: string;
  tone?: ToastTone;
}

interface ToastEntry extends ToastMessage {
  key: number;
}

interface ToastApi {
  /** Shows a short, non-blocking message; errors stay until dismissed. */
  toast: (message: ToastMessage) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

const toastVariants = cva(
  "grid grid-cols-[1fr_auto] items-start gap-x-3 gap-y-1 rounded-card border bg-surface p-4 shadow-lg data-[state=open]:animate-fade-in",
  {
    variants: {
      tone: {
        info: "border-line",
        success: "border-success/40 bg-success-soft",
        error: "border-danger/40 bg-danger-soft",
      },
    },
  },
);

export interface ToastProviderProps {
  children: ReactNode;
  /** Name of the notification region announced by screen readers ("Notifications"). */
  label: string;
  /** Accessible name of each toast's dismiss button. */
  dismissLabel: string;
}

export function ToastProvider({ children, label, dismissLabel }: ToastProviderProps) {
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const nextKey = useRef(0);

  const toast = useCallback((message: ToastMessage) => {
    nextKey.current += 1;
    const key = nextKey.current;
    setToasts((current) => [...current, { ...message, key }]);
  }, []);

  const remove = (key: number) =>
    setToasts((current) => current.filter((entry) => entry.key !== key));

  const api = useMemo(() => ({ toast }), [toast]);

  return (
    <ToastContext.Provider value={api}>
      <ToastPrimitive.Provider label={label} swipeDirection="right">
        {children}
        {toasts.map(({ key, title, description, tone = "info" }) => (
          <ToastPrimitive.Root
            key={key}
            onOpenChange={(isOpen) => (isOpen ? undefined : remove(key))}
            duration={tone === "error" ? Infinity : 6000}
            type={tone === "error" ? "foreground" : "background"}
            className={toastVariants({ tone })}
          >
            <ToastPrimitive.Title className="text-sm font-semibold text-ink">
              {title}
            </ToastPrimitive.Title>
            {description ? (
              <ToastPrimitive.Description className="col-start-1 text-sm text-ink-muted">
                {description}
              </ToastPrimitive.Description>
            ) : null}
            <ToastPrimitive.Close
              aria-label={dismissLabel}
              className="col-start-2 row-start-1 inline-flex size-7 items-center justify-center rounded-md text-ink-muted hover:bg-surface-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-accent"
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 16 16"
                className="size-3.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.75"
              >
                <path d="M3.5 3.5l9 9m0-9l-9 9" strokeLinecap="round" />
              </svg>
            </ToastPrimitive.Close>
          </ToastPrimitive.Root>
        ))}
        <ToastPrimitive.Viewport className="fixed right-0 bottom-0 z-50 m-0 flex w-full max-w-sm list-none flex-col gap-2 p-4 outline-none" />
      </ToastPrimitive.Provider>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api)
    throw new Error("useToast() needs a <ToastProvider> above it; the app root provides one.");
  return api;
}
