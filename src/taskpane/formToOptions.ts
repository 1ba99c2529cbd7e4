import type { AnalyzeOptions, CustomRule, Lang, Role, SchemeName, ScoringMethod } from "../core/types";
import { t } from "./strings";

/** The pane's form, as the user edits it (text fields stay text until converted). */
export interface FormState {
  columns: Partial<Record<Role, number>>;
  asOf: string;
  windowDays: string;
  scoring: ScoringMethod;
  bins: number;
  breaks: { r: string; f: string; m: string };
  scheme: SchemeName | "custom";
  cn8Split: "mean" | "median";
  monetary: "sum" | "average";
  mergeSameDay: boolean;
  rules: CustomRule[];
  /** Customer-value models: P(alive), expected purchases, CLV, lifecycle. */
  clv: boolean;
  cohorts: boolean;
  /** Earlier date for the segment migration; empty for none. */
  compareDate: string;
  /** Lifecycle thresholds in days: new, active, sleeping. */
  lifecycle: { newDays: string; activeDays: string; sleepingDays: string };
}

export const DEFAULT_FORM: FormState = {
  columns: {},
  asOf: "",
  windowDays: "",
  scoring: "quantile",
  bins: 5,
  breaks: { r: "", f: "", m: "" },
  scheme: "standard",
  cn8Split: "mean",
  monetary: "sum",
  mergeSameDay: false,
  rules: [{ segment: "VIP", r: [4, 5], f: [4, 5], m: [4, 5] }],
  clv: false,
  cohorts: false,
  compareDate: "",
  lifecycle: { newDays: "30", activeDays: "90", sleepingDays: "180" },
};

/**
 * Options for the shared module from the form, or the problems to fix (in the user's language).
 * @example formToOptions({ ...DEFAULT_FORM, bins: 3, scheme: "cn8" }, "en") // { options: { bins: 3, scheme: "cn8", … }, problems: [] }
 */
export function formToOptions(form: FormState, lang: Lang): { options: AnalyzeOptions; problems: string[]; compareDate?: string } {
  const problems: string[] = [];
  const options: AnalyzeOptions = {
    scoring: form.scoring,
    bins: form.bins,
    scheme: form.scheme,
    cn8Split: form.cn8Split,
    monetary: form.monetary,
    mergeSameDay: form.mergeSameDay,
  };
  if (Object.keys(form.columns).length > 0) options.columns = { ...form.columns };
  if (form.asOf.trim() !== "") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(form.asOf.trim())) options.asOf = form.asOf.trim();
    else problems.push(t(lang, "badDate", { field: t(lang, "asOf") }));
  }
  if (form.windowDays.trim() !== "") {
    const n = Number(form.windowDays);
    if (Number.isInteger(n) && n >= 1 && n <= 100_000) options.windowDays = n;
    else problems.push(t(lang, "badNumber", { field: t(lang, "windowDays"), min: 1, max: 100000 }));
  }
  if (form.scoring === "fixed") {
    for (const [key, metric] of [
      ["r", "R"],
      ["f", "F"],
      ["m", "M"],
    ] as const) {
      const parts = form.breaks[key]
        .split(/[,，\s]+/)
        .filter(Boolean)
        .map(Number);
      const ok = parts.length === form.bins - 1 && parts.every((x, i) => Number.isFinite(x) && (i === 0 || x > parts[i - 1]));
      if (!ok) problems.push(t(lang, "badBreaks", { field: t(lang, "breaks", { metric, count: form.bins - 1 }), count: form.bins - 1 }));
      else if (key === "r") options.breaksR = parts;
      else if (key === "f") options.breaksF = parts;
      else options.breaksM = parts;
    }
  }
  if ((form.scheme === "standard" || form.scheme === "rfm-r") && form.bins !== 5) {
    problems.push(t(lang, "needsFive", { scheme: t(lang, form.scheme === "standard" ? "schemeStandard" : "schemeRfmR") }));
  }
  if (form.scheme === "custom") options.customRules = form.rules.map((r) => ({ ...r, segment: r.segment.trim() || "?" }));
  if (form.clv) {
    options.clv = true;
    const days = [form.lifecycle.newDays, form.lifecycle.activeDays, form.lifecycle.sleepingDays].map(Number);
    if (days.every((d) => Number.isInteger(d) && d >= 0) && days[1] <= days[2])
      options.lifecycle = { newDays: days[0], activeDays: days[1], sleepingDays: days[2] };
    else problems.push(t(lang, "badLifecycle"));
  }
  if (form.cohorts) options.cohorts = true;
  let compareDate: string | undefined;
  if (form.compareDate.trim() !== "") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(form.compareDate.trim())) compareDate = form.compareDate.trim();
    else problems.push(t(lang, "badDate", { field: t(lang, "compareDate") }));
  }
  return { options, problems, ...(compareDate ? { compareDate } : {}) };
}
