import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  FluentProvider,
  Option,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
  MessageBar,
  MessageBarBody,
} from "@fluentui/react-components";
import { useState } from "react";
import { analyzeOrders } from "../core/analyzeOrders";
import type { AnalysisResult, Lang } from "../core/types";
import type { SelectionBlock } from "../excel/readSelection";
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
});

export interface AppProps {
  /** Reads the orders to analyse (the Excel selection in Excel). */
  readOrders: () => Promise<SelectionBlock>;
  initialLang: Lang;
  dark: boolean;
}

/** The task pane: analyse the selected orders and show the segments. */
export function App({ readOrders, initialLang, dark }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AnalysisResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const block = await readOrders();
      if (block.values.length < 2) throw new Error(t(lang, "nothing"));
      setResult(analyzeOrders(block.values, { lang, firstRowNumber: block.firstRowNumber, firstColumnIndex: block.firstColumnIndex }));
    } catch (e) {
      setResult(null);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

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
            onOptionSelect={(_, data) => setLang((data.optionValue as Lang) ?? "en")}
          >
            <Option value="en">English</Option>
            <Option value="zh-CN">简体中文</Option>
          </Dropdown>
        </label>
        <Button appearance="primary" onClick={run} disabled={busy}>
          {busy ? t(lang, "running") : t(lang, "analyse")}
        </Button>
        {busy && <ProgressBar />}
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {result && <ResultView result={result} lang={lang} />}
      </main>
    </FluentProvider>
  );
}

function ResultView({ result, lang }: { result: AnalysisResult; lang: Lang }) {
  const c = result.counts;
  return (
    <section aria-live="polite">
      <Body1>{t(lang, "asOf", { date: result.asOf ?? "—" })}</Body1>
      <br />
      <Caption1>{t(lang, "rows", { rows: c.rows, used: c.used, blank: c.blank, rejected: c.rejected, excluded: c.excluded })}</Caption1>
      <Table size="small" aria-label={t(lang, "segment")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t(lang, "segment")}</TableHeaderCell>
            <TableHeaderCell>{t(lang, "customers")}</TableHeaderCell>
            <TableHeaderCell>{t(lang, "share")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.segments
            .filter((s) => s.customers > 0)
            .map((s) => (
              <TableRow key={s.segment}>
                <TableCell>{s.name}</TableCell>
                <TableCell>{s.customers}</TableCell>
                <TableCell>{(100 * s.customerShare).toFixed(1)}%</TableCell>
              </TableRow>
            ))}
        </TableBody>
      </Table>
      {result.warnings.map((w) => (
        <MessageBar key={w.code + (w.metric ?? "")} intent="warning">
          <MessageBarBody>{w.message}</MessageBarBody>
        </MessageBar>
      ))}
      {result.issues.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t(lang, "issues", { count: result.issues.length, first: `${result.issues[0].cell}: ${result.issues[0].message}` })}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
