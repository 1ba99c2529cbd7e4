import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli";

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "rfm-cli-"));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const ORDERS = "customer,date,amount\nC1,2024-03-01,100\nC1,2024-03-04,50\nC2,2024-02-01,20\n";

describe("rfm command line: input files", () => {
  it("reads a GB18030 CSV with Chinese headers and prints Chinese names", async () => {
    const { code, out } = await run(fixture("chinese_orders_gb18030.csv"), "--json", "--lang", "zh-CN");
    expect(code).toBe(0);
    const res = JSON.parse(out);
    expect(res.mapping.map((m: { header: string }) => m.header)).toEqual(["客户编号", "下单时间", "实付金额", "订单编号"]);
    expect(res.counts).toEqual({ rows: 306, used: 302, blank: 1, rejected: 3, excluded: 0, balanced: true });
    expect(res.issues.map((i: { row: number; value: string; message: string }) => [i.row, i.value, i.message])).toEqual([
      [304, "", "缺少客户编号"],
      [305, "昨天", "昨天 不是有效日期"],
      [306, "九十九", "九十九 不是有效金额"],
    ]);
    expect(res.customers.find((c: { customerId: string }) => c.customerId === "张三")).toBeDefined();
  });

  it.each([
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ORDERS)])],
    ["semicolons", Buffer.from(ORDERS.replace(/,/g, ";"))],
    ["tabs", Buffer.from(ORDERS.replace(/,/g, "\t"))],
    ["UTF-16 with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ORDERS.replace(/,/g, "\t"), "utf16le")])],
    ["CRLF line ends", Buffer.from(ORDERS.replace(/\n/g, "\r\n"))],
  ])("reads %s", async (_name, bytes) => {
    const file = join(dir, `orders-${_name.replace(/\W/g, "")}.csv`);
    writeFileSync(file, bytes);
    const { code, out } = await run(file, "--json");
    expect(code).toBe(0);
    const res = JSON.parse(out);
    expect(res.counts).toMatchObject({ rows: 3, used: 3 });
    expect(res.customers.map((c: { customerId: string; frequency: number }) => [c.customerId, c.frequency])).toEqual([
      ["C1", 2],
      ["C2", 1],
    ]);
  });

  it("reads the first sheet of an .xlsx, or the one named by --sheet, with dates as serials", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Notes").addRow(["nothing here"]);
    const sheet = book.addWorksheet("订单");
    sheet.addRow(["会员号", "支付时间", "支付金额"]);
    sheet.addRow(["M1", new Date(Date.UTC(2024, 2, 1)), 88.5]);
    sheet.addRow(["M1", new Date(Date.UTC(2024, 2, 3, 15, 30)), 11.5]);
    sheet.addRow([10086, "2024-03-02", "¥20"]);
    const file = join(dir, "orders.xlsx");
    await book.xlsx.writeFile(file);
    const first = await run(file, "--json");
    expect(first.code).toBe(1);
    expect(first.err).toMatch(/^rfm: No order date column found\. Headers seen: "nothing here"$/);
    const { code, out } = await run(file, "--sheet", "订单", "--json");
    expect(code).toBe(0);
    const res = JSON.parse(out);
    expect(res.asOf).toBe("2024-03-04");
    expect(
      res.customers.map((c: { customerId: string; monetary: number; recencyDays: number }) => [c.customerId, c.monetary, c.recencyDays]),
    ).toEqual([
      ["M1", 100, 1],
      ["10086", 20, 2],
    ]);
  });
});

describe("rfm command line: contract of --json (SPEC §7)", () => {
  it("has asOf, counts, customers, segments, thresholds, warnings and issues with the agreed fields", async () => {
    const { out } = await run(fixture("rfm_data_orders.csv"), "--json", "--as-of", "2006-12-31", "--scoring", "rfm-r", "--scheme", "rfm-r");
    const res = JSON.parse(out);
    expect(res.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(res.counts)).toEqual(expect.arrayContaining(["rows", "used", "blank", "rejected", "excluded"]));
    expect(Object.keys(res.customers[0])).toEqual(
      expect.arrayContaining(["customerId", "recencyDays", "frequency", "monetary", "r", "f", "m", "rfmCode", "segment"]),
    );
    expect(Object.keys(res.segments[0])).toEqual(expect.arrayContaining(["segment", "customers", "orders", "revenue"]));
    expect(res.thresholds.length).toBe(15);
    expect(Array.isArray(res.warnings)).toBe(true);
    expect(Array.isArray(res.issues)).toBe(true);
    expect(res.customers.find((c: { customerId: string }) => c.customerId === "Aden Murphy").rfmCode).toBe("544");
  });

  it("passes every option through to the shared module", async () => {
    const file = join(dir, "opts.csv");
    writeFileSync(file, "Kunde;Tag;Betrag\nA;3/1/2024;10\nA;3/1/2024;10\nB;1/2/2024;5\nC;5/2/2024;7\n");
    const { code, out } = await run(
      file,
      "--customer",
      "Kunde",
      "--date",
      "B",
      "--amount",
      "Betrag",
      "--date-order",
      "dmy",
      "--merge-same-day",
      "--monetary",
      "average",
      "--scoring",
      "fixed",
      "--bins",
      "3",
      "--breaks-r",
      "10,20",
      "--breaks-f",
      "1,2",
      "--breaks-m",
      "5,8",
      "--scheme",
      "cn8",
      "--cn8-split",
      "median",
      "--window-days",
      "400",
      "--as-of",
      "2024-02-01",
      "--json",
    );
    expect(code).toBe(0);
    const res = JSON.parse(out);
    expect(res.options).toMatchObject({
      scoring: "fixed",
      bins: 3,
      scheme: "cn8",
      monetary: "average",
      mergeSameDay: true,
      cn8Split: "median",
      windowDays: 400,
    });
    expect(res.customers.find((c: { customerId: string }) => c.customerId === "A")).toMatchObject({
      frequency: 1,
      monetary: 20,
      recencyDays: 29,
      r: 1,
    });
    // Day-first: B bought on 1 Feb, the as-of day itself (recency 0); C on 5 Feb, after it: left out.
    expect(res.customers.find((c: { customerId: string }) => c.customerId === "B")).toMatchObject({ recencyDays: 0 });
    expect(res.counts).toMatchObject({ used: 3, excluded: 1 });
  });
});

describe("rfm command line: --clv", () => {
  const cdnow = join(dir, "cdnow.csv");
  writeFileSync(
    cdnow,
    "customer,date,amount\n" +
      readFileSync(fixture("CDNOW_sample.txt"), "utf8")
        .trim()
        .split(/\r?\n/)
        .map((l) => l.trim().split(/\s+/))
        .map((f) => `${f[1]},${f[2]},${f[4]}`)
        .join("\n"),
  );

  it("adds the fitted models with diagnostics and per-customer P(alive), expected purchases and CLV", async () => {
    const { code, out } = await run(cdnow, "--as-of", "1997-09-30", "--clv", "--period", "week", "--horizon", "39", "--json");
    expect(code).toBe(0);
    const res = JSON.parse(out);
    expect(res.models).toMatchObject({
      period: "week",
      horizon: 39,
      bgnbd: { status: "fitted", converged: true },
      gammaGamma: { status: "fitted", converged: true },
    });
    expect(res.models.bgnbd.r).toBeCloseTo(0.2426, 3);
    expect(res.models.gammaGamma.p).toBeCloseTo(6.25, 1);
    const first = res.customers.find((c: { customerId: string }) => c.customerId === "0001");
    expect(first.pAlive).toBeCloseTo(0.7266, 3);
    expect(first.expectedPurchases).toBeCloseTo(1.226, 2);
    expect(first.clv).toBeGreaterThan(0);
  });

  it("says why a model could not be fitted and prints no numbers for it", async () => {
    const file = join(dir, "tiny.csv");
    writeFileSync(file, "customer,date,amount\nA,2024-01-01,10\nB,2024-01-02,20\nA,2024-02-01,5\n");
    const { code, out } = await run(file, "--clv");
    expect(code).toBe(0);
    expect(out).toMatch(/BG\/NBD: not fitted — too few customers \(2; at least 20 needed\)/);
    const json = JSON.parse((await run(file, "--clv", "--json")).out);
    expect(json.models.bgnbd).toEqual({ status: "failed", reason: "too few customers (2; at least 20 needed)", customers: 2 });
    expect(json.customers.every((c: { clv: unknown; pAlive: unknown }) => c.clv === null && c.pAlive === null)).toBe(true);
  });

  it.each<[string[], RegExp]>([
    [["--clv", "--period", "year"], /--period year: expected day, week or month/],
    [["--clv", "--horizon", "0"], /--horizon 0: expected a number of periods > 0/],
    [["--horizon", "10"], /--period and --horizon go with --clv/],
  ])("refuses %j", async (flags, message) => {
    const { code, err } = await run(cdnow, ...flags);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe("rfm command line: failures", () => {
  it.each<[string[], number, RegExp]>([
    [["missing.csv"], 1, /^rfm: cannot open missing\.csv: no such file$/],
    [[], 2, /no input FILE/],
    [["a.csv", "--bins", "x"], 2, /--bins x: expected a whole number/],
    [["a.csv", "--as-of", "31/12/2006"], 2, /--as-of 31\/12\/2006: expected YYYY-MM-DD/],
    [["a.csv", "--nope"], 2, /Unknown option '--nope'/],
  ])("%j exits %i with a one-line reason", async (argv, exit, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(exit);
    expect(err).toMatch(message);
    expect(err.split("\n")).toHaveLength(1);
  });

  it("names the bad option value and what is allowed", async () => {
    const { code, err } = await run(fixture("rfm_data_orders.csv"), "--bins", "12");
    expect(code).toBe(2);
    expect(err).toBe("rfm: Option bins is 12; allowed: a whole number 2–9");
  });

  it("lists the headers it saw when a required column is missing", async () => {
    const file = join(dir, "nocol.csv");
    writeFileSync(file, "Name,Colour\nAda,red\n");
    const { code, err } = await run(file);
    expect(code).toBe(1);
    expect(err).toMatch(/Headers seen: "Name", "Colour"/);
  });

  it("refuses bytes that are neither UTF-8 nor GB18030", async () => {
    const file = join(dir, "binary.csv");
    writeFileSync(file, Buffer.from([0x81, 0x30, 0x81, 0xff, 0xff, 0x0a]));
    const { code, err } = await run(file);
    expect(code).toBe(1);
    expect(err).toMatch(/unreadable encoding/);
  });

  it("prints the readable summary without --json", async () => {
    const { code, out } = await run(fixture("rfm_data_orders.csv"));
    expect(code).toBe(0);
    expect(out).toContain("Rows: 4906 = 4906 used + 0 blank + 0 rejected + 0 excluded");
    expect(out).toMatch(/Champions\s+139/);
  });
});

describe("npm run rfm (the real process)", () => {
  it("runs through npm with exit codes and one JSON document on stdout", () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const json = execFileSync("npm", ["run", "--silent", "rfm", "--", fixture("rfm_data_orders.csv"), "--json"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(JSON.parse(json).customers).toHaveLength(995);
    const bad = spawnSync("npm", ["run", "--silent", "rfm", "--", "no-such-file.csv"], { cwd: root, encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("");
    expect(
      bad.stderr
        .trim()
        .split("\n")
        .filter((l) => !l.startsWith("npm warn")),
    ).toEqual(["rfm: cannot open no-such-file.csv: no such file"]);
  });
});

it("reads fixtures that exist", () => {
  expect(readFileSync(fixture("chinese_orders_gb18030.csv")).length).toBeGreaterThan(1000);
});
