import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  type InputHTMLAttributes,
  type KeyboardEvent,
} from "react";
import { cn } from "../lib/cn";
import { controlClasses } from "./input";

/** One suggestion: the label in the page's language, and the term that matched when it differs. */
export interface ConceptOption {
  id: string;
  label: string;
  /** The label or alias in another language that the typed text matched, or null. */
  matched: string | null;
}

export interface ConceptComboboxProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value" | "role"> {
  name: string;
  /** Fetches suggestions for the typed text; called after the debounce, aborted when stale. */
  loadOptions: (query: string, signal: AbortSignal) => Promise<ConceptOption[]>;
  /** Milliseconds to wait after the last key before asking for suggestions. */
  debounceMs?: number;
  onValueChange?: (value: string) => void;
}

/**
 * A WAI-ARIA 1.2 combobox with list autocomplete for skills and job titles. Free text is
 * allowed: the input's text is what the form submits. Without JavaScript it is a plain text
 * input with the same name (the listbox is only filled once scripts run).
 */
export const ConceptCombobox = forwardRef<HTMLInputElement, ConceptComboboxProps>(
  (
    {
      name,
      id,
      defaultValue,
      loadOptions,
      debounceMs = 150,
      onValueChange,
      className,
      onKeyDown,
      onBlur,
      ...input
    },
    ref,
  ) => {
    const generatedId = useId();
    const inputId = id ?? generatedId;
    const listboxId = `${inputId}-listbox`;
    const [value, setValue] = useState(typeof defaultValue === "string" ? defaultValue : "");
    const [query, setQuery] = useState<string | null>(null);
    const [options, setOptions] = useState<ConceptOption[]>([]);
    const [open, setOpen] = useState(false);
    const [active, setActive] = useState(-1);
    const loadRef = useRef(loadOptions);
    loadRef.current = loadOptions;

    useEffect(() => {
      if (query === null) return;
      const text = query.trim();
      if (!text) {
        setOptions([]);
        setOpen(false);
        return;
      }
      const controller = new AbortController();
      const timer = setTimeout(() => {
        loadRef
          .current(text, controller.signal)
          .then((found) => {
            if (controller.signal.aborted) return;
            setOptions(found);
            setActive(-1);
            setOpen(found.length > 0);
          })
          .catch(() => {
            // Suggestions are a convenience: on failure the field stays a plain text input.
            if (!controller.signal.aborted) setOpen(false);
          });
      }, debounceMs);
      return () => {
        clearTimeout(timer);
        controller.abort();
      };
    }, [query, debounceMs]);

    function change(next: string) {
      setValue(next);
      onValueChange?.(next);
    }

    function choose(option: ConceptOption) {
      change(option.label);
      setQuery(null);
      setOpen(false);
      setActive(-1);
    }

    function keyDown(event: KeyboardEvent<HTMLInputElement>) {
      onKeyDown?.(event);
      if (event.defaultPrevented) return;
      switch (event.key) {
        case "ArrowDown":
          if (options.length === 0) return;
          event.preventDefault();
          setOpen(true);
          setActive((current) => (open ? (current + 1) % options.length : 0));
          break;
        case "ArrowUp":
          if (options.length === 0) return;
          event.preventDefault();
          setOpen(true);
          setActive((current) =>
            open ? (current <= 0 ? options.length - 1 : current - 1) : options.length - 1,
          );
          break;
        case "Enter": {
          const option = open ? options[active] : undefined;
          if (option) {
            // Picking a suggestion must not submit the form.
            event.preventDefault();
            choose(option);
          }
          break;
        }
        case "Escape":
          if (open) {
            event.preventDefault();
            setOpen(false);
            setActive(-1);
          }
          break;
        default:
          break;
      }
    }

    const expanded = open && options.length > 0;
    const activeId = expanded && active >= 0 ? `${listboxId}-${active}` : undefined;

    return (
      <div className="relative">
        <input
          ref={ref}
          {...input}
          id={inputId}
          name={name}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeId}
          value={value}
          onChange={(event) => {
            change(event.target.value);
            setQuery(event.target.value);
          }}
          onKeyDown={keyDown}
          onBlur={(event) => {
            onBlur?.(event);
            setOpen(false);
          }}
          className={cn(controlClasses, "h-10", className)}
        />
        <ul
          id={listboxId}
          role="listbox"
          hidden={!expanded}
          className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-lg border border-line bg-surface py-1 shadow-md"
        >
          {expanded
            ? options.map((option, index) => (
                <li
                  key={option.id}
                  id={`${listboxId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={cn(
                    "cursor-pointer px-3 py-2 text-sm text-ink",
                    index === active && "bg-surface-muted",
                  )}
                  // mousedown, not click: the input's blur would close the list first.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(option);
                  }}
                  onMouseMove={() => setActive(index)}
                >
                  {option.label}
                  {option.matched && option.matched !== option.label ? (
                    <span className="ms-2 text-xs text-ink-muted">{option.matched}</span>
                  ) : null}
                </li>
              ))
            : null}
        </ul>
      </div>
    );
  },
);
ConceptCombobox.displayName = "ConceptCombobox";
