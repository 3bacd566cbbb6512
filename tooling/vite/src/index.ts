import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import type { UserConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import { bundleGuard } from "./bundle-guard";

export { bundleGuard, BUNDLE_GUARD_NAME, SERVER_ONLY_PACKAGES, type BundleGuardOptions } from "./bundle-guard";

export interface RemixAppConfigOptions {
  /** Port for `remix vite:dev` when no `--port` is given; each app has its own. */
  devPort: number;
}

/**
 * The one Vite configuration every Remix app uses: Remix with the v3 future flags (so the move
 * to React Router 7 is a rename), Tailwind CSS 4, tsconfig paths (`~/…`) and the bundle guard
 * that keeps server-only packages out of the browser.
 */
export function remixAppConfig({ devPort }: RemixAppConfigOptions): UserConfig {
  return {
    server: { port: devPort, host: "127.0.0.1" },
    plugins: [
      bundleGuard(),
      remix({
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_singleFetch: true,
          v3_lazyRouteDiscovery: true,
        },
      }),
      tailwindcss(),
      tsconfigPaths(),
    ],
  };
}
