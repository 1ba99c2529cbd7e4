import { Button, Caption1, Field, Input, SpinButton } from "@fluentui/react-components";
import { validateRules } from "../../core/segments/validateRules";
import type { CustomRule, Lang } from "../../core/types";
import { t } from "../strings";

export interface RulesEditorProps {
  lang: Lang;
  bins: number;
  rules: CustomRule[];
  onChange: (rules: CustomRule[]) => void;
}

/** Custom segment rules: name and inclusive R/F/M ranges, with the shared module's warnings shown live. */
export function RulesEditor({ lang, bins, rules, onChange }: RulesEditorProps) {
  const warnings = validateRules(rules, bins, lang);
  const update = (i: number, change: Partial<CustomRule>) => onChange(rules.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const range = (i: number, key: "r" | "f" | "m", end: 0 | 1, value: number | null | undefined) => {
    if (value === null || value === undefined || !Number.isInteger(value) || value < 1 || value > bins) return;
    const next: [number, number] = [...rules[i][key]];
    next[end] = value;
    update(i, { [key]: next });
  };
  return (
    <fieldset>
      <legend>{t(lang, "rules")}</legend>
      {rules.map((rule, i) => (
        <div key={i} role="group" aria-label={`${i + 1}. ${rule.segment}`}>
          <Field label={`${i + 1}. ${t(lang, "ruleName")}`}>
            <Input value={rule.segment} onChange={(_, d) => update(i, { segment: d.value })} />
          </Field>
          {(["r", "f", "m"] as const).map((key) => (
            <span key={key}>
              {key.toUpperCase()}{" "}
              <SpinButton
                aria-label={`${key.toUpperCase()} min`}
                min={1}
                max={bins}
                value={rule[key][0]}
                onChange={(_, d) => range(i, key, 0, d.value ?? Number(d.displayValue))}
              />
              –
              <SpinButton
                aria-label={`${key.toUpperCase()} max`}
                min={1}
                max={bins}
                value={rule[key][1]}
                onChange={(_, d) => range(i, key, 1, d.value ?? Number(d.displayValue))}
              />{" "}
            </span>
          ))}
          <Button size="small" onClick={() => onChange(rules.filter((_, j) => j !== i))} aria-label={t(lang, "removeRule", { n: i + 1 })}>
            ✕
          </Button>
        </div>
      ))}
      <Button
        size="small"
        onClick={() => onChange([...rules, { segment: `Rule ${rules.length + 1}`, r: [1, bins], f: [1, bins], m: [1, bins] }])}
      >
        {t(lang, "addRule")}
      </Button>
      {warnings.map((w) => (
        <Caption1 key={w.message} role="status" block>
          {w.message}
        </Caption1>
      ))}
    </fieldset>
  );
}
