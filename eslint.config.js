import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/** Layer rules from DESIGN.md §2, enforced here so a wrong import fails `npm run check`. */
const domainOnly = {
  patterns: [
    {
      group: [
        "react",
        "react-*",
        "dexie",
        "@automerge/automerge-repo*",
        "@automerge/react",
        "**/storage/**",
        "**/sync/**",
        "**/features/**",
        "**/app/**",
        "**/ui/**",
      ],
      message:
        "src/domain is pure: only @automerge/automerge, valibot, fractional-indexing and itself.",
    },
  ],
};
const featuresRules = {
  patterns: [
    {
      group: ["dexie", "dexie-*", "**/storage/**", "**/storage"],
      message: "features never touch storage: go through AppServices.",
    },
    {
      group: ["@automerge/automerge-repo/*", "@automerge/automerge-repo-*"],
      message: "features use the public automerge-repo API only.",
    },
  ],
};
const serverRules = {
  patterns: [
    { group: ["**/src/**", "../../src/*"], message: "sync-server never imports the app (src/)." },
  ],
};

export default tseslint.config(
  {
    ignores: [
      "dist",
      "data",
      "node_modules",
      "coverage",
      "test-results",
      "playwright-report",
      ".bench-out",
      "dev-dist",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  { files: ["src/domain/**/*.ts"], rules: { "no-restricted-imports": ["error", domainOnly] } },
  {
    files: ["src/features/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", featuresRules] },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/domain/**", "**/domain", "**/storage/**", "**/sync/**"],
              message: "ui/ holds presentational primitives only.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["sync-server/**/*.{ts,mjs,js}"],
    rules: { "no-restricted-imports": ["error", serverRules] },
  },
);
