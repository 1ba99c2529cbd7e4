import {
  Body1,
  Caption1,
  Divider,
  Dropdown,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Option,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang, Role } from "../core/types";
import type { ChosenSource, PaneServices } from "../excel/paneServices";
import type { RunController, RunState } from "../workflows/runController";
import { OptionsPanel } from "./components/OptionsPanel";
import { ResultsPanel } from "./components/ResultsPanel";
import { RunPanel } from "./components/RunPanel";
import { SourcePanel } from "./components/SourcePanel";
import { DEFAULT_FORM, formToOptions, type FormState } from "./formToOptions";
import { t } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  // Fluent's Divider grows to fill a flex column; here it only separates sections.
  divider: { flexGrow: 0 },
});

export interface AppProps {
  services: PaneServices;
  controller: RunController;
  initialLang: Lang;
  dark: boolean;
  /** Today as YYYY-MM-DD. */
  today: () => string;
}

/** The task pane: choose the orders, check the columns and options, segment, see the results. */
export function App({ services, controller, initialLang, dark, today }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [form, setForm] = useState<FormState>(DEFAULT_FORM);
  const [chosen, setChosen] = useState<ChosenSource | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<RunState>(controller.current);
  useEffect(() => controller.subscribe(setState), [controller]);

  const { options, problems, compareDate } = formToOptions(form, lang);
  const change = (c: Partial<FormState>) => setForm((f) => ({ ...f, ...c }));
  const choose = async () => {
    setError(null);
    try {
      setChosen(await services.chooseSource(lang));
      change({ columns: {} });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const setColumn = (role: Role, index: number | null) => {
    const columns = { ...form.columns };
    if (index === null) delete columns[role];
    else columns[role] = index;
    change({ columns });
  };
  const run = () => void controller.start({ lang, options, source: chosen?.source, compareDate });
  const showSheet = (name: string) => void services.activateSheet(name).catch((e: Error) => setError(e.message));

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">{t(lang, "title")}</Title3>
        <Body1>{t(lang, "intro")}</Body1>
        <label>
          <Caption1>{t(lang, "language")}</Caption1>{" "}
          <Dropdown
            aria-label={t(lang, "language")}
            value={lang === "zh-CN" ? "简体中文" : "English"}
            selectedOptions={[lang]}
            onOptionSelect={(_, d) => setLang((d.optionValue as Lang) ?? "en")}
          >
            <Option value="en">English</Option>
            <Option value="zh-CN">简体中文</Option>
          </Dropdown>
        </label>
        <SourcePanel
          lang={lang}
          chosen={chosen}
          columns={form.columns}
          onChoose={choose}
          onColumn={setColumn}
          busy={state.status === "running"}
        />
        <Divider className={styles.divider} />
        <OptionsPanel lang={lang} form={form} onChange={change} today={today} />
        <Divider className={styles.divider} />
        <RunPanel lang={lang} state={state} problems={problems} onRun={run} onCancel={() => controller.cancel()} />
        {(error ?? state.error) && (
          <MessageBar intent={state.status === "idle" ? "info" : "error"}>
            <MessageBarBody>{error ?? state.error}</MessageBarBody>
          </MessageBar>
        )}
        {state.outcome && <ResultsPanel lang={lang} outcome={state.outcome} onShowSheet={showSheet} />}
      </main>
    </FluentProvider>
  );
}
