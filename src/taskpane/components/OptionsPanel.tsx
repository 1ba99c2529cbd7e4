import { Button, Dropdown, Field, Input, Option, Radio, RadioGroup, SpinButton, Switch } from "@fluentui/react-components";
import type { Lang, SchemeName, ScoringMethod } from "../../core/types";
import type { FormState } from "../formToOptions";
import { t, type StringKey } from "../strings";
import { RulesEditor } from "./RulesEditor";

export interface OptionsPanelProps {
  lang: Lang;
  form: FormState;
  onChange: (change: Partial<FormState>) => void;
  /** Today's date as YYYY-MM-DD (the pane knows the clock, the form does not). */
  today: () => string;
}

const SCORINGS: [ScoringMethod, StringKey][] = [
  ["quantile", "scoringQuantile"],
  ["fixed", "scoringFixed"],
  ["rfm-r", "scoringRfmR"],
  ["ntile", "scoringNtile"],
];
const SCHEMES: [SchemeName | "custom", StringKey][] = [
  ["standard", "schemeStandard"],
  ["cn8", "schemeCn8"],
  ["rfm-r", "schemeRfmR"],
  ["custom", "schemeCustom"],
];

/** As-of date, window, scoring and bins (with breaks), segment scheme (with rules), monetary, merge same-day. */
export function OptionsPanel({ lang, form, onChange, today }: OptionsPanelProps) {
  const label = (pairs: [string, StringKey][], value: string) => t(lang, pairs.find(([v]) => v === value)![1]);
  return (
    <section aria-label={t(lang, "options")}>
      <Field label={t(lang, "asOf")} hint={t(lang, "asOfHint")}>
        <div>
          <Input type="date" value={form.asOf} onChange={(_, d) => onChange({ asOf: d.value })} aria-label={t(lang, "asOf")} />{" "}
          <Button size="small" onClick={() => onChange({ asOf: today() })}>
            {t(lang, "today")}
          </Button>
        </div>
      </Field>
      <Field label={t(lang, "windowDays")}>
        <Input type="number" min={1} value={form.windowDays} onChange={(_, d) => onChange({ windowDays: d.value })} />
      </Field>
      <Field label={t(lang, "scoring")} hint={form.scoring === "ntile" ? t(lang, "ntileNote") : undefined}>
        <Dropdown
          value={label(SCORINGS, form.scoring)}
          selectedOptions={[form.scoring]}
          onOptionSelect={(_, d) => onChange({ scoring: d.optionValue as ScoringMethod })}
        >
          {SCORINGS.map(([value, key]) => (
            <Option key={value} value={value}>
              {t(lang, key)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t(lang, "bins")}>
        <SpinButton
          min={2}
          max={9}
          value={form.bins}
          onChange={(_, d) => {
            const next = d.value ?? Number(d.displayValue);
            if (Number.isInteger(next) && next >= 2 && next <= 9) onChange({ bins: next });
          }}
        />
      </Field>
      {form.scoring === "fixed" &&
        (["r", "f", "m"] as const).map((key) => (
          <Field key={key} label={t(lang, "breaks", { metric: key.toUpperCase(), count: form.bins - 1 })}>
            <Input value={form.breaks[key]} onChange={(_, d) => onChange({ breaks: { ...form.breaks, [key]: d.value } })} />
          </Field>
        ))}
      <Field label={t(lang, "scheme")}>
        <Dropdown
          value={label(SCHEMES, form.scheme)}
          selectedOptions={[form.scheme]}
          onOptionSelect={(_, d) => onChange({ scheme: d.optionValue as SchemeName | "custom" })}
        >
          {SCHEMES.map(([value, key]) => (
            <Option key={value} value={value}>
              {t(lang, key)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {form.scheme === "cn8" && (
        <Field label={t(lang, "cn8Split")}>
          <RadioGroup layout="horizontal" value={form.cn8Split} onChange={(_, d) => onChange({ cn8Split: d.value as "mean" | "median" })}>
            <Radio value="mean" label={t(lang, "mean")} />
            <Radio value="median" label={t(lang, "median")} />
          </RadioGroup>
        </Field>
      )}
      {form.scheme === "custom" && (
        <RulesEditor lang={lang} bins={form.bins} rules={form.rules} onChange={(rules) => onChange({ rules })} />
      )}
      <Field label={t(lang, "monetary")}>
        <RadioGroup layout="horizontal" value={form.monetary} onChange={(_, d) => onChange({ monetary: d.value as "sum" | "average" })}>
          <Radio value="sum" label={t(lang, "monetarySum")} />
          <Radio value="average" label={t(lang, "monetaryAverage")} />
        </RadioGroup>
      </Field>
      <Switch checked={form.mergeSameDay} onChange={(_, d) => onChange({ mergeSameDay: d.checked })} label={t(lang, "mergeSameDay")} />
      <fieldset>
        <legend>{t(lang, "beyond")}</legend>
        <Switch checked={form.clv} onChange={(_, d) => onChange({ clv: d.checked })} label={t(lang, "clv")} />
        {form.clv && (
          <Field label={t(lang, "lifecycle")}>
            <div>
              {(["newDays", "activeDays", "sleepingDays"] as const).map((key) => (
                <Input
                  key={key}
                  type="number"
                  min={0}
                  size="small"
                  aria-label={`${t(lang, "lifecycle")}: ${key}`}
                  value={form.lifecycle[key]}
                  onChange={(_, d) => onChange({ lifecycle: { ...form.lifecycle, [key]: d.value } })}
                />
              ))}
            </div>
          </Field>
        )}
        <Switch checked={form.cohorts} onChange={(_, d) => onChange({ cohorts: d.checked })} label={t(lang, "cohorts")} />
        <Field label={t(lang, "compareDate")}>
          <Input
            type="date"
            value={form.compareDate}
            onChange={(_, d) => onChange({ compareDate: d.value })}
            aria-label={t(lang, "compareDate")}
          />
        </Field>
      </fieldset>
    </section>
  );
}
