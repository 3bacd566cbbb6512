import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { Button } from "./button";
import { ToastProvider, useToast } from "./toast";

function SaveButton() {
  const { toast } = useToast();
  return (
    <Button
      onClick={() =>
        toast({ title: "Resume saved", description: "Employers see the new version." })
      }
    >
      Save
    </Button>
  );
}

describe("Toast", () => {
  it("announces a message in a named notification region and dismisses it by its labelled button", async () => {
    const user = userEvent.setup();
    render(
      <ToastProvider label="Notifications" dismissLabel="Dismiss">
        <SaveButton />
      </ToastProvider>,
    );

    await user.click(screen.getByRole("button", { name: "Save" }));

    const region = screen.getByRole("region", { name: /Notifications/ });
    expect(within(region).getByRole("listitem").textContent).toContain("Resume saved");
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText("Employers see the new version.")).toBeNull();
  });
});
