import { describe, expect, it } from "vitest";
import { serialFromYmd } from "../dates/excelSerial";
import { cohortTable } from "./cohortTable";
import { migrateSegments } from "./migrateSegments";

const d = (iso: string) => {
  const [y, m, day] = iso.split("-").map(Number);
  return serialFromYmd(y, m, day)!;
};

describe("cohortTable", () => {
  it("shares of each first-purchase month buying again in each later month", () => {
    const purchases = [
      [0, "2024-01-05"], [0, "2024-01-20"], [0, "2024-02-03"], [0, "2024-04-01"],
      [1, "2024-01-09"],
      [2, "2024-02-14"], [2, "2024-03-01"],
    ] as const; // prettier-ignore
    const rows = cohortTable(
      { customer: purchases.map((p) => p[0]), day: purchases.map((p) => d(p[1])), length: purchases.length },
      d("2024-04-15"),
    );
    expect(rows).toEqual([
      { month: "2024-01", customers: 2, retention: [1, 0.5, 0, 0.5] },
      { month: "2024-02", customers: 1, retention: [1, 1, 0] },
    ]);
  });
});

describe("migrateSegments", () => {
  const cells = [["customer", "date", "amount"]];
  for (let c = 0; c < 40; c++) {
    cells.push([`C${c}`, `2023-0${1 + (c % 6)}-10`, String(10 + c)]);
    if (c % 3 === 0) cells.push([`C${c}`, "2023-11-20", String(50 + c)]);
  }
  cells.push(["NEW", "2023-12-01", "99"]);

  it("counts every customer at the later date once, from their earlier segment (or none)", () => {
    const m = migrateSegments(cells, { scheme: "cn8" }, "2023-07-01", "2024-01-01");
    const total = m.counts.flat().reduce((s, n) => s + n, 0);
    expect(total).toBe(41);
    expect(m.segments.at(-1)).toBe("none");
    expect(m.counts[m.segments.length - 1].reduce((s, n) => s + n, 0)).toBe(1); // NEW had no purchase by July
    expect(m.names.at(-1)).toBe("(no purchase yet)");
    expect(m.revenue.flat().reduce((s, n) => s + n, 0)).toBeCloseTo(
      cells.slice(1).reduce((s, r) => s + Number(r[2]), 0),
      6,
    );
  });
});
