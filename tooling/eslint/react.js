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
];
