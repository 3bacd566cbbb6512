import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ConceptCombobox, type ConceptOption } from "./concept-combobox";
import { Field } from "./field";

const WELDING: ConceptOption[] = [
  { id: "skill.welding", label: "Hàn", matched: null },
  { id: "skill.tig-welding", label: "Hàn TIG", matched: "TIG welding" },
];

function renderCombobox(
  loadOptions = vi.fn(async (_query: string, _signal: AbortSignal) => WELDING),
  debounceMs = 150,
) {
  const submitted = vi.fn((event: SubmitEvent) => {
    event.preventDefault();
    return new FormData(event.target as HTMLFormElement).get("skill");
  });
  render(
    <form
      onSubmit={(event) => {
        submitted(event.nativeEvent as SubmitEvent);
      }}
    >
      <Field label="Skill" description="Pick or type a skill." error="Enter a skill.">
        <ConceptCombobox name="skill" defaultValue="" loadOptions={loadOptions} debounceMs={debounceMs} />
      </Field>
    </form>,
  );
  return { input: screen.getByRole("combobox", { name: "Skill" }), loadOptions, submitted };
}

describe("ConceptCombobox", () => {
  it("is a named, described text input with the field's name before anything is typed", () => {
    const { input } = renderCombobox();
    expect(input).toHaveProperty("name", "skill");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")?.split(" ")).toHaveLength(2);
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("suggests after typing, shows the other-language match as a hint, picks with arrow + Enter", async () => {
    const user = userEvent.setup();
    // A long debounce so that a busy machine still types the word within it.
    const { input, loadOptions } = renderCombobox(undefined, 1000);
    await user.type(input, "han");
    const listbox = await screen.findByRole("listbox", {}, { timeout: 5000 });
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(input.getAttribute("aria-controls")).toBe(listbox.id);
    // Debounced: one request for the whole word, not one per key.
    expect(loadOptions).toHaveBeenCalledTimes(1);
    expect(loadOptions.mock.calls[0]?.[0]).toBe("han");
    const options = screen.getAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual(["Hàn", "Hàn TIGTIG welding"]);

    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(input.getAttribute("aria-activedescendant")).toBe(options[1]?.id);
    expect(options[1]?.getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowDown}");
    expect(input.getAttribute("aria-activedescendant")).toBe(options[0]?.id);
    await user.keyboard("{Enter}");
    expect(input).toHaveProperty("value", "Hàn");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(input.getAttribute("aria-expanded")).toBe("false");
  });

  it("closes on Escape and keeps the typed free text, which is what the form submits", async () => {
    const user = userEvent.setup();
    const { input, submitted } = renderCombobox();
    await user.type(input, "han bấm");
    await screen.findByRole("listbox");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    await user.keyboard("{Enter}");
    expect(submitted).toHaveReturnedWith("han bấm");
  });

  it("picks an option with the mouse", async () => {
    const user = userEvent.setup();
    const { input } = renderCombobox();
    await user.type(input, "tig");
    await user.click(await screen.findByRole("option", { name: /Hàn TIG/ }));
    expect(input).toHaveProperty("value", "Hàn TIG");
    await waitFor(() => expect(screen.queryByRole("listbox")).toBeNull());
  });

  it("stays a plain input when suggestions fail", async () => {
    const user = userEvent.setup();
    const { input } = renderCombobox(
      vi.fn(async (_query: string, _signal: AbortSignal): Promise<ConceptOption[]> => {
        throw new Error("offline");
      }),
    );
    await user.type(input, "han");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(input).toHaveProperty("value", "han");
  });
});
