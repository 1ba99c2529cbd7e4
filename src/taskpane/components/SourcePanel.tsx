import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { Lang, Role } from "../../core/types";
import type { ChosenSource } from "../../excel/paneServices";
import { t } from "../strings";

const ROLES: readonly Role[] = ["customer", "date", "amount", "orderId", "quantity", "unitPrice"];
const ROLE_NAMES: Record<Lang, Record<Role, string>> = {
  en: { customer: "Customer", date: "Order date", amount: "Amount", orderId: "Order id", quantity: "Quantity", unitPrice: "Unit price" },
  "zh-CN": { customer: "客户", date: "下单日期", amount: "金额", orderId: "订单号", quantity: "数量", unitPrice: "单价" },
};

export interface SourcePanelProps {
  lang: Lang;
  chosen: ChosenSource | null;
  columns: Partial<Record<Role, number>>;
  onChoose: () => void;
  onColumn: (role: Role, index: number | null) => void;
  busy: boolean;
}

/** The orders: where they are, which column plays which role (editable), and the first rows. */
export function SourcePanel({ lang, chosen, columns, onChoose, onColumn, busy }: SourcePanelProps) {
  const headers = chosen ? (chosen.preview[0] ?? []).map((h, i) => (chosen.detected?.hasHeader === false ? `#${i + 1}` : String(h))) : [];
  const mapped = (role: Role): number | null => columns[role] ?? chosen?.detected?.mapping.find((m) => m.role === role)?.index ?? null;
  return (
    <section aria-label={t(lang, "columns")}>
      <Button onClick={onChoose} disabled={busy}>
        {t(lang, "useSelection")}
      </Button>{" "}
      <Body1>{chosen ? t(lang, "source", { address: chosen.source.address }) : t(lang, "noSource")}</Body1>
      {chosen?.problem && <Caption1 role="alert">{chosen.problem}</Caption1>}
      {chosen && (
        <>
          {ROLES.map((role) => {
            const index = mapped(role);
            return (
              <Field key={role} label={ROLE_NAMES[lang][role]} orientation="horizontal">
                <Dropdown
                  value={index === null ? t(lang, "none") : (headers[index] ?? "")}
                  selectedOptions={[index === null ? "none" : String(index)]}
                  onOptionSelect={(_, d) =>
                    onColumn(role, d.optionValue === "none" || d.optionValue === undefined ? null : Number(d.optionValue))
                  }
                >
                  <Option value="none">{t(lang, "none")}</Option>
                  {headers.map((h, i) => (
                    <Option key={i} value={String(i)} text={h || `#${i + 1}`}>
                      {h || `#${i + 1}`}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
          {/* A wide preview scrolls sideways rather than squeezing its columns. */}
          <div style={{ overflowX: "auto" }} tabIndex={0} role="region" aria-label={t(lang, "preview")}>
            <Table size="extra-small" aria-label={t(lang, "preview")} style={{ minWidth: headers.length * 96, whiteSpace: "nowrap" }}>
              <TableHeader>
                <TableRow>
                  {headers.map((h, i) => (
                    <TableHeaderCell key={i}>{h}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {chosen.preview.slice(chosen.detected?.hasHeader === false ? 0 : 1, 6).map((row, r) => (
                  <TableRow key={r}>
                    {headers.map((_, i) => (
                      <TableCell key={i}>{String(row[i] ?? "")}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
