import type { Lang } from "../../core/types";
import { createExcelRun, type WorkbookModel } from "../workbook";

/** A function registered through `CustomFunctions.associate`. */
export type RegisteredFunction = (...args: unknown[]) => unknown;

export interface PlaygroundHost {
  /** Functions registered by id (`SEGMENT`, `TABLE` …), as Excel's runtime would hold them. */
  functions: Map<string, RegisteredFunction>;
  setLanguage(lang: Lang): void;
  setDark(dark: boolean): void;
}

/** `CustomFunctions.Error` as the runtime defines it: a code shown in the cell, a message in its tooltip. */
class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

/**
 * Installs, on `globalThis`, what the add-in expects from Office — `Office` (ready at once, with a
 * display language, a theme and every requirement set up to ExcelApi 1.20), `Excel.run` over the
 * in-memory workbook, and `CustomFunctions` (a registry) — so the very same pane, ribbon command and
 * functions run in any browser.
 * @example const host = installHost(new WorkbookModel(["Orders"]), "zh-CN");
 */
export function installHost(model: WorkbookModel, lang: Lang, dark = false): PlaygroundHost {
  const functions = new Map<string, RegisteredFunction>();
  const context = {
    displayLanguage: lang === "zh-CN" ? "zh-CN" : "en-US",
    officeTheme: { isDarkTheme: dark },
    requirements: { isSetSupported: (name: string, version = "1.1") => supports(name, version) },
  };
  const office = {
    context,
    HostType: { Excel: "Excel" },
    StartupBehavior: { load: "Load", none: "None" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "PC" };
      callback?.(info);
      return Promise.resolve(info);
    },
    addin: { showAsTaskpane: async () => undefined, hide: async () => undefined, setStartupBehavior: async () => undefined },
    actions: { associate: () => undefined },
  };
  const g = globalThis as Record<string, unknown>;
  g.Office = office;
  g.Excel = { run: createExcelRun(model) };
  g.CustomFunctions = {
    associate: (id: string, fn: RegisteredFunction) => void functions.set(id.toUpperCase(), fn),
    Error: CustomFunctionError,
    ErrorCode: ERROR_CODES,
  };
  return {
    functions,
    setLanguage: (next) => void (context.displayLanguage = next === "zh-CN" ? "zh-CN" : "en-US"),
    setDark: (next) => void (context.officeTheme.isDarkTheme = next),
  };
}

/** The stand-in implements ExcelApi up to 1.20 (undo grouping), the shared runtime, and custom functions 1.3. */
function supports(name: string, version: string): boolean {
  const [major, minor] = version.split(".").map(Number);
  const top: Record<string, [number, number]> = { ExcelApi: [1, 20], SharedRuntime: [1, 1], CustomFunctionsRuntime: [1, 3] };
  const limit = top[name];
  return limit !== undefined && (major < limit[0] || (major === limit[0] && (minor ?? 0) <= limit[1]));
}
