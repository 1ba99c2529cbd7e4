import { mulberry32 } from "../src/core/stats/mulberry32";

/**
 * Synthetic order lines shaped as Excel hands them over: ids as strings, dates as serial numbers
 * (with a time of day), amounts as numbers; about 2% returns. Seeded, so every run and every
 * process sees the same data. Each customer's id is one string that its rows share.
 */
export interface GeneratedOrders {
  cells: unknown[][];
  customer: Int32Array;
  serial: Float64Array;
  amount: Float64Array;
}

export function generateOrders(rows: number, customers: number, seed = 42): GeneratedOrders {
  const rand = mulberry32(seed);
  // One id string per customer, as a workbook's distinct ids; rows refer to them.
  const pool = Array.from({ length: customers }, (_, c) => "C" + String(c).padStart(6, "0"));
  const customer = new Int32Array(rows);
  const serial = new Float64Array(rows);
  const amount = new Float64Array(rows);
  const cells: unknown[][] = new Array(rows + 1);
  cells[0] = ["Customer ID", "Order Date", "Amount"];
  for (let i = 0; i < rows; i++) {
    // Skewed: a few customers buy often, most rarely, as in real retail.
    const c = Math.floor(customers * rand() ** 1.6);
    const day = 44927 + Math.floor(rand() * 731) + Math.floor(rand() * 1440) / 1440; // 2023-01-01 … 2024-12-31
    const value = Math.round(Math.exp(3 + rand() * 3) * 100) / 100;
    const a = rand() < 0.02 ? -value : value;
    customer[i] = c;
    serial[i] = day;
    amount[i] = a;
    cells[i + 1] = [pool[c], day, a];
  }
  return { cells, customer, serial, amount };
}
