import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/cli/readCsv";
import { analyzeOrders } from "../../src/core";

// A row sample of UCI Online Retail: no amount column (Quantity × UnitPrice), cancellation
// invoices, lines without CustomerID. See test/fixtures/README.md.
const cells = readCsv(readFileSync(fileURLToPath(new URL("../fixtures/online_retail_uci_rowsample.csv", import.meta.url)), "utf8"));

describe("UCI Online Retail row sample: cleaning", () => {
  const res = analyzeOrders(cells);

  it("maps InvoiceNo, Quantity × UnitPrice, InvoiceDate and CustomerID", () => {
    expect(Object.fromEntries(res.mapping.map((m) => [m.role, m.header]))).toEqual({
      customer: "CustomerID",
      date: "InvoiceDate",
      orderId: "InvoiceNo",
      quantity: "Quantity",
      unitPrice: "UnitPrice",
    });
  });

  it("rejects the 668 lines with no CustomerID, each located, and accounts for all 2,709 lines", () => {
    expect(res.counts).toEqual({ rows: 2709, used: 2041, blank: 0, rejected: 668, excluded: 0, balanced: true });
    const missing = res.issues.filter((i) => i.code === "customer_missing");
    expect(missing).toHaveLength(668);
    expect(missing[0]).toMatchObject({ row: 5, cell: "H5", value: "NA", column: "customer" });
  });

  it("reads M/D/YYYY H:MM dates month-first because some second fields exceed 12", () => {
    expect(res.dateOrder).toBe("mdy");
    expect(res.asOf).toBe("2011-12-10");
  });

  it("treats cancellation invoices (C…) as returns: they lower monetary value and are never orders", () => {
    const cancelled = cells.slice(1).filter((r) => String(r[1]).startsWith("C") && r[7] !== "NA");
    expect(cancelled.length).toBeGreaterThan(0);
    for (const r of cancelled) expect(Number(r[4])).toBeLessThan(0);
    // Customers with only cancellations in the sample cannot be scored and are listed.
    const onlyReturns = res.issues.filter((i) => i.code === "no_purchase");
    expect(onlyReturns.length).toBeGreaterThan(0);
    for (const i of onlyReturns) expect(res.customers.some((c) => c.customerId === i.value)).toBe(false);
    // frequency = distinct invoices with a positive net amount
    const orders = new Set(
      cells
        .slice(1)
        .filter((r) => r[7] !== "NA" && !String(r[1]).startsWith("C") && Number(r[4]) * Number(r[6]) > 0)
        .map((r) => `${r[7]}|${r[1]}`),
    );
    expect(res.kpis.orders).toBe(orders.size);
  });

  it("keeps numeric customer ids as plain text", () => {
    expect(res.customers.every((c) => /^\d{5}$/.test(c.customerId))).toBe(true);
  });
});
