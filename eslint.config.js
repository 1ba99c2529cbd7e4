import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// src/core is the shared scoring module: pure computation on data passed in. No Office, React, DOM,
// file system, network or clock, so the pane, the functions and the command line can never differ.
const corePurity = {
  files: ["src/core/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["react", "react-*", "@fluentui/*", "exceljs", "papaparse"],
            message: "src/core stays free of UI and file-format libraries.",
          },
          {
            group: ["node:*", "fs", "path", "os", "child_process", "http", "https"],
            message: "src/core must not touch the file system or the network.",
          },
          {
            group: ["**/excel/**", "**/taskpane/**", "**/functions/**", "**/cli/**", "**/commands/**"],
            message: "Imports point inward: nothing in src/core depends on a host.",
          },
        ],
      },
    ],
    "no-restricted-globals": [
      "error",
      ...[
        "Office",
        "Excel",
        "CustomFunctions",
        "OfficeExtension",
        "window",
        "document",
        "localStorage",
        "sessionStorage",
        "navigator",
        "fetch",
        "XMLHttpRequest",
        "process",
        "setTimeout",
        "setInterval",
        "performance",
      ].map((name) => ({ name, message: `src/core is pure: ${name} belongs to a host layer.` })),
    ],
    "no-restricted-syntax": [
      "error",
      { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "No clock in src/core: pass asOf in." },
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "No clock in src/core: pass asOf in." },
      {
        selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
        message: "No hidden randomness in src/core: pass a seeded generator in.",
      },
      {
        selector: "CallExpression[callee.object.name='console']",
        message: "src/core reports through results and exceptions, never the console.",
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "scratch/", "test/fixtures/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["error"] }],
    },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Office's custom-function metadata is generated from these signatures: `any` is the metadata type.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["bench/**", "scripts/**", "src/cli/main.ts", "test/e2e/**"],
    rules: { "no-console": "off" },
  },
  corePurity,
  prettier,
);
