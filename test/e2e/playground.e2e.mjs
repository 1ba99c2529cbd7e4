// Browser tests of the playground: playwright-core driving Debian's Chromium (apt-get install
// chromium), against `npm run build` output served by scripts/demo.mjs. Run: npm run test:e2e.
// Screenshots go to screenshots/ (ignored by git).
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import ExcelJS from "exceljs";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const port = 3000 + Math.floor(Math.random() * 1000);
const server = spawn(process.execPath, ["scripts/demo.mjs"], {
  env: { ...process.env, PORT: String(port) },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((resolve) => server.stdout.once("data", resolve));
mkdirSync("screenshots", { recursive: true });

let passed = 0;
let failed = 0;
const check = (name, ok, detail = "") => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "✓" : "✗"} ${name}${detail ? ` — ${detail}` : ""}`);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${port}/`);
  const tab = (name) => page.getByRole("tab", { name, exact: true });
  await tab("示例订单").waitFor();
  check("the sample loads on first visit as a sheet tab", true);

  // Sample → Segment customers → output sheets with the right values.
  await page.getByRole("button", { name: "使用所选区域" }).click();
  await page.getByText("订单：").waitFor({ timeout: 10000 });
  await page.getByRole("button", { name: "客户分群", exact: true }).click();
  await tab("RFM 汇总").waitFor({ timeout: 30000 });
  const tabs = await page.getByRole("tab").evaluateAll((els) => els.map((e) => e.getAttribute("value") && e.textContent));
  check(
    "Segment customers writes the four result sheets",
    ["RFM 客户", "RFM 汇总", "RFM 热力图", "RFM 问题行"].every((n) => tabs.some((t) => t?.includes(n))),
    tabs.join(", "),
  );
  await tab("RFM 汇总").click();
  const cell = (address) => page.locator(`[data-cell="${address}"]`);
  const customers = (await cell("B3").textContent())?.trim();
  check("the summary shows the sample's customer count", customers === "3288", `B3 = ${customers}`);
  await page.screenshot({ path: "screenshots/summary.png" });

  // A typed formula shows the right segment, and changes after new orders are pasted under the table.
  await tab("Sheet1").click();
  const a1 = page.getByRole("gridcell").first();
  await a1.dblclick();
  await page.keyboard.type('=RFM.FREQUENCY("VIP003400")');
  await page.keyboard.press("Enter");
  await page.waitForTimeout(500);
  const before = (await a1.textContent())?.trim();
  check("a typed =RFM.FREQUENCY for an unknown customer says #N/A", before === "#N/A", `A1 = ${before}`);
  await tab("示例订单").click();
  // Scroll to the end of the 20,003-line table and paste two orders right under it (row 20004).
  await page.evaluate(() => {
    document.querySelector('[role="grid"]').scrollTop = (20004 - 8) * 24; // rows are 24 px high
  });
  await cell("A20004").click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData(
      "text/plain",
      "DD-new-1\tVIP003400\t2024-12-30 10:00\t88\t口红\t京东\nDD-new-2\tVIP003400\t2024-12-31 11:00\t66\t面霜\t天猫\n",
    );
    document.querySelector('[role="grid"]').dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  });
  await page.waitForTimeout(1500);
  await tab("Sheet1").click();
  const after = (await page.getByRole("gridcell").first().textContent())?.trim();
  check("pasting new orders under the table updates the live formula", after === "2", `A1 = ${after}`);

  // A typed =RFM.SEGMENT shows the customer's segment (checked against the RFM 客户 sheet below).
  await cell("B1").dblclick();
  await page.keyboard.type('=RFM.SEGMENT("VIP000001")');
  await page.keyboard.press("Enter");
  await page.waitForTimeout(500);
  const segmentShown = (await cell("B1").textContent())?.trim();

  // Open an orders file: a GB18030 CSV with Chinese headers becomes a selected sheet.
  const gb = Buffer.from([
    0xbf,
    0xcd,
    0xbb,
    0xa7,
    0xb1,
    0xe0,
    0xba,
    0xc5,
    0x2c,
    0xcf,
    0xc2,
    0xb5,
    0xa5,
    0xca,
    0xb1,
    0xbc,
    0xe4,
    0x2c,
    0xca,
    0xb5,
    0xb8,
    0xb6,
    0xbd,
    0xf0,
    0xb6,
    0xee,
    0x0a,
    ...Buffer.from("A1,2024-03-05,10\n=1+1,2024-03-06,12\n"),
  ]);
  await page.getByLabel("Open orders file").setInputFiles({ name: "gb-orders.csv", mimeType: "text/csv", buffer: gb });
  await tab("gb-orders").waitFor();
  const header = (await cell("A1").textContent())?.trim();
  const formulaText = (await cell("A3").textContent())?.trim();
  check("a GB18030 CSV opens with its Chinese headers", header === "客户编号", header);
  check("text that looks like a formula stays text", formulaText === "=1+1", formulaText);

  // Download workbook: every sheet.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download workbook" }).click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(await download.path()));
  const names = book.worksheets.map((w) => w.name);
  check(
    "the download contains every sheet",
    ["Sheet1", "示例订单", "RFM 客户", "RFM 汇总", "RFM 热力图", "RFM 问题行", "gb-orders"].every((n) => names.includes(n)),
    names.join(", "),
  );
  let sheetSegment = null;
  book.getWorksheet("RFM 客户").eachRow((row) => {
    if (row.getCell(1).value === "VIP000001") sheetSegment = row.getCell(12).value;
  });
  check(
    "the typed =RFM.SEGMENT agrees with the RFM 客户 sheet",
    segmentShown !== undefined && segmentShown === sheetSegment,
    `${segmentShown} vs ${sheetSegment}`,
  );

  // Smooth scrolling through Excel's full 1,048,575 rows: only the visible rows are drawn.
  await page.evaluate(() => {
    const { model, changed } = window.rfmPlayground;
    const sheet = model.addSheet("Big");
    for (let r = 0; r < 1_048_576; r++) sheet.writeValue(r, 0, r === 0 ? "Customer" : r);
    model.activeSheetId = sheet.id;
    changed();
  });
  await tab("Big").waitFor();
  const started = Date.now();
  await page.evaluate(() => {
    document.querySelector('[role="grid"]').scrollTop = 1_048_560 * 24;
  });
  await cell("A1048576").waitFor({ timeout: 5000 });
  const jumpMs = Date.now() - started;
  const drawn = await page.locator("[data-cell]").count();
  check("jumping to row 1,048,576 draws only the visible rows", drawn < 2000 && jumpMs < 2000, `${jumpMs} ms, ${drawn} cells drawn`);

  // Accessibility of the pane.
  await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document.querySelector('aside[aria-label="RFM"]'))).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.nodes.length})`),
  );
  check("axe-core finds no serious or critical violations in the pane", violations.length === 0, violations.join(", "));
  check("no console errors", errors.length === 0, errors.join(" | "));
  await page.screenshot({ path: "screenshots/playground.png" });
} finally {
  await browser.close();
  server.kill();
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
