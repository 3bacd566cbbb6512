import { Button } from "@tsunagu/ui";
import { useEffect, useState } from "react";

/** Opens the browser's print dialog; shown only once hydrated, since it needs JavaScript. */
export function PrintButton({ label }: { label: string }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (!hydrated) return null;
  return (
    <Button type="button" variant="outline" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
