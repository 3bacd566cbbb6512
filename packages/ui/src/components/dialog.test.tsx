import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { Button } from "./button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "./dialog";

function WithdrawConsentDialog() {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button>Withdraw consent</Button>
      </DialogTrigger>
      <DialogContent closeLabel="Close">
        <DialogHeader>
          <DialogTitle>Withdraw consent?</DialogTitle>
          <DialogDescription>
            Employers will no longer find your resume in search.
          </DialogDescription>
        </DialogHeader>
        <Button variant="destructive">Withdraw</Button>
      </DialogContent>
    </Dialog>
  );
}

describe("Dialog", () => {
  it("opens as a named, described modal dialog and moves focus into it", async () => {
    const user = userEvent.setup();
    render(<WithdrawConsentDialog />);
    expect(screen.queryByRole("dialog")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Withdraw consent" }));

    const dialog = screen.getByRole("dialog", {
      name: "Withdraw consent?",
      description: "Employers will no longer find your resume in search.",
    });
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(screen.getByRole("button", { name: "Close" })).toBeDefined();
  });

  it("closes on Escape and returns focus to the trigger", async () => {
    const user = userEvent.setup();
    render(<WithdrawConsentDialog />);
    const trigger = screen.getByRole("button", { name: "Withdraw consent" });

    await user.click(trigger);
    await user.keyboard("{Escape}");

    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it("closes with the labelled close button", async () => {
    const user = userEvent.setup();
    render(<WithdrawConsentDialog />);
    await user.click(screen.getByRole("button", { name: "Withdraw consent" }));
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
