import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Field } from "./field";
import { Input, Select } from "./input";

describe("Field", () => {
  it("names the control by its label and describes it with the help text", () => {
    render(
      <Field label="Email address" description="We send the verification link here.">
        <Input name="email" type="email" />
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: "Email address" });
    expect(input).toHaveProperty("name", "email");
    expect(input.getAttribute("aria-invalid")).toBeNull();
    expect(
      screen.getByRole("textbox", { description: "We send the verification link here." }),
    ).toBe(input);
  });

  it("marks the control invalid and announces the error with it", () => {
    render(
      <Field
        label="Email address"
        description="We send the verification link here."
        error="Enter a valid email address."
      >
        <Input name="email" type="email" defaultValue="not-an-email" />
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: "Email address" });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Enter a valid email address.")).toBeDefined();
    // Both the help text and the error are read out with the control.
    const describedBy = (input.getAttribute("aria-describedby") ?? "").split(" ");
    expect(describedBy).toHaveLength(2);
    const descriptions = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(descriptions).toEqual([
      "We send the verification link here.",
      "Enter a valid email address.",
    ]);
  });

  it("works with any control and keeps an id the caller chose", () => {
    render(
      <Field label="JLPT level" id="jlpt" error="Choose a level.">
        <Select name="jlpt" defaultValue="N2">
          <option value="N1">N1</option>
          <option value="N2">N2</option>
        </Select>
      </Field>,
    );
    const select = screen.getByRole("combobox", {
      name: "JLPT level",
      description: "Choose a level.",
    });
    expect(select.id).toBe("jlpt");
    expect(select.getAttribute("aria-invalid")).toBe("true");
  });
});
