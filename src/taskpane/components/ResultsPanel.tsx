import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title3,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/types";
import type { SegmentOutcome } from "../../workflows/segmentCustomers";
import { t } from "../strings";

/** Colours of the segments, from the theme's palette tokens so they follow light and dark themes. */
const SEGMENT_COLOURS: Record<string, string> = {
  champions: tokens.colorPaletteGreenBackground3,
  loyal: tokens.colorPaletteLightGreenBackground3,
  potential_loyalist: tokens.colorPaletteTealBackground2,
  new_customers: tokens.colorPaletteBlueBackground2,
  promising: tokens.colorPaletteLightTealBackground2,
  need_attention: tokens.colorPaletteYellowBackground3,
  about_to_sleep: tokens.colorPaletteMarigoldBackground3,
  at_risk: tokens.colorPaletteDarkOrangeBackground3,
  cannot_lose: tokens.colorPaletteRedBackground3,
  hibernating: tokens.colorPaletteLavenderBackground2,
  lost: tokens.colorNeutralBackground5,
  important_value: tokens.colorPaletteGreenBackground3,
  important_development: tokens.colorPaletteBlueBackground2,
  important_keep: tokens.colorPaletteDarkOrangeBackground3,
  important_winback: tokens.colorPaletteRedBackground3,
  general_value: tokens.colorPaletteLightGreenBackground3,
  general_development: tokens.colorPaletteLightTealBackground2,
  general_keep: tokens.colorPaletteMarigoldBackground3,
  general_winback: tokens.colorNeutralBackground5,
};

export interface ResultsPanelProps {
  lang: Lang;
  outcome: SegmentOutcome;
  onShowSheet: (name: string) => void;
}

/** After a run: KPIs, customers per segment with colours, warnings, and the issues with a link to their sheet. */
export function ResultsPanel({ lang, outcome, onShowSheet }: ResultsPanelProps) {
  const { result, sheets } = outcome;
  const c = result.counts;
  const k = result.kpis;
  const issues = sheets.find((s) => s.kind === "issues");
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return (
    <section aria-label={t(lang, "results")}>
      <Title3 as="h2">{t(lang, "results")}</Title3>
      <Body1 block>{t(lang, "asOfUsed", { date: result.asOf ?? "—" })}</Body1>
      <Caption1 block>
        {t(lang, "rows", { rows: c.rows, used: c.used, blank: c.blank, rejected: c.rejected, excluded: c.excluded })}
      </Caption1>
      <Caption1 block>
        {t(lang, "customers")} {k.customers} · {t(lang, "revenue")} {k.revenue.toLocaleString("en-US", { maximumFractionDigits: 2 })} ·{" "}
        {t(lang, "repurchase")} {pct(k.repurchaseRate)} · {t(lang, "top20")} {pct(k.top20RevenueShare)}
      </Caption1>
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
                <TableCell>
                  <span
                    aria-hidden
                    style={{
                      display: "inline-block",
                      width: 10,
                      height: 10,
                      marginInlineEnd: 6,
                      background: SEGMENT_COLOURS[s.segment] ?? tokens.colorNeutralBackground4,
                    }}
                  />
                  {s.name}
                </TableCell>
                <TableCell>{s.customers}</TableCell>
                <TableCell>{pct(s.customerShare)}</TableCell>
              </TableRow>
            ))}
        </TableBody>
      </Table>
      {result.warnings.map((w) => (
        <MessageBar key={w.code + (w.metric ?? "") + w.message} intent="warning">
          <MessageBarBody>{w.message}</MessageBarBody>
        </MessageBar>
      ))}
      {result.issues.length > 0 && issues && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t(lang, "issues", { count: result.issues.length })}{" "}
            <Button size="small" appearance="transparent" onClick={() => onShowSheet(issues.name)}>
              {t(lang, "showIssues")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <Caption1 block>{t(lang, "sheetsWritten", { names: sheets.map((s) => s.name).join(", ") })}</Caption1>
    </section>
  );
}
