import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import base from "./base.js";

/** Rules for the Remix apps and the UI package. */
export default [
  ...base,
  {
    files: ["**/*.tsx"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Server-only packages are reached through `*.server.ts` modules (see the bundle guard in
    // @tsunagu/vite-config): Vite's dev dependency scan follows every other import, and a scan
    // that meets one of them fails, so the first page view after a fresh install breaks.
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.server.{ts,tsx}", "app/**/*.test.{ts,tsx}", "app/entry.server.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            "@tsunagu/db",
            "@tsunagu/auth",
            "@tsunagu/search",
            "@tsunagu/api",
            "@tsunagu/app-kit",
          ].map((name) => ({
            name,
            message: "Server-only: import it from an app/lib/*.server.ts module.",
          })),
        },
      ],
    },
  },
];
