import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

/** Rules for every TypeScript package. */
export default tseslint.config(
  { ignores: ["**/build/**", "**/dist/**", "**/node_modules/**", "**/src/generated/**", "**/.cache/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["warn", { fixStyle: "inline-type-imports" }],
      // Personal data must never reach logs; console.log is reserved for CLIs that opt in.
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
    },
  },
);
