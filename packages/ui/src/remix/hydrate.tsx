import { RemixBrowser } from "@remix-run/react";
import { initClientI18n } from "@tsunagu/i18n";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";

/** Every app's entry.client: hydrates the server-rendered document in the page's language. */
export async function hydrateApp(): Promise<void> {
  const i18n = await initClientI18n();
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18n}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}
