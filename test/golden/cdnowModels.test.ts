import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { expectedPurchases, pAlive } from "../../src/core/models/bgNbdPredict";
import { fitBgNbd } from "../../src/core/models/fitBgNbd";
import { expectedSpend, fitGammaGamma } from "../../src/core/models/fitGammaGamma";

// The CDNOW calibration summary (39 weeks, 2,357 customers) as redistributed by lifetimes; published
// figures from Fader, Hardie & Lee (2005) and Fader & Hardie's Gamma-Gamma note (test/fixtures/README.md).
const lines = readFileSync(fileURLToPath(new URL("../fixtures/cdnow_customers_summary_with_transactions.csv", import.meta.url)), "utf8")
  .trim()
  .split("\n")
  .slice(1);
const rows = lines.map((l) => l.split(",").map(Number));
const summary = { x: rows.map((r) => r[1]), tx: rows.map((r) => r[2]), T: rows.map((r) => r[3]), zbar: rows.map((r) => r[4]) };
const within = (actual: number, published: number, tolerance = 0.01) => expect(Math.abs(actual / published - 1)).toBeLessThan(tolerance);

describe("BG/NBD on CDNOW (Fader, Hardie & Lee 2005)", () => {
  const fit = fitBgNbd(summary);

  it("reproduces the published maximum-likelihood parameters within 1%", () => {
    expect(fit.status).toBe("fitted");
    if (fit.status !== "fitted") return;
    within(fit.params.r, 0.24259);
    within(fit.params.alpha, 4.41353);
    within(fit.params.a, 0.79289);
    within(fit.params.b, 2.42575);
    expect(fit.logLikelihood).toBeCloseTo(-9582.43, 1);
    expect(fit.customers).toBe(2357);
  });

  it("predicts 1.226 purchases in 39 weeks and P(alive) 0.727 for x = 2, t_x = 30.43, T = 38.86", () => {
    if (fit.status !== "fitted") throw new Error(fit.reason);
    within(expectedPurchases(fit.params, 39, 2, 30.43, 38.86), 1.226);
    within(pAlive(fit.params, 2, 30.43, 38.86), 0.7266);
  });

  it("gives the published predictions from the published parameters", () => {
    const published = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    expect(expectedPurchases(published, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
    expect(pAlive(published, 2, 30.43, 38.86)).toBeCloseTo(0.7266, 3);
  });
});

describe("Gamma-Gamma on CDNOW's 946 repeat buyers", () => {
  const fit = fitGammaGamma(summary);

  it("reproduces p, q and γ within 1% and the population mean spend 35.17", () => {
    expect(fit.status).toBe("fitted");
    if (fit.status !== "fitted") return;
    expect(fit.customers).toBe(946);
    within(fit.params.p, 6.2488);
    within(fit.params.q, 3.7446);
    within(fit.params.gamma, 15.4477);
    within(expectedSpend(fit.params, 0, 0), 35.17);
  });
});

describe("from the raw CDNOW transactions through analyzeOrders", async () => {
  const { analyzeOrders } = await import("../../src/core");
  const text = readFileSync(fileURLToPath(new URL("../fixtures/CDNOW_sample.txt", import.meta.url)), "utf8");
  // Whitespace separated, no header: id_total, id_sample, YYYYMMDD, number of CDs, dollars.
  const cells = [
    ["customer", "date", "amount"],
    ...text
      .trim()
      .split(/\r?\n/)
      .map((l) => l.trim().split(/\s+/))
      .map((f) => [f[1], Number(f[2]), Number(f[4])]),
  ];
  const result = analyzeOrders(cells, { asOf: "1997-09-30", clv: { period: "week", horizon: 39 } });

  it("uses the calibration rows (to 1997-09-30) and leaves out the later ones, each listed", () => {
    const calibration = cells.slice(1).filter((r) => Number(r[1]) <= 19970930).length;
    expect(result.counts).toMatchObject({ rows: 6919, used: calibration, excluded: 6919 - calibration, rejected: 0, balanced: true });
    expect(result.issues.filter((i) => i.code === "after_as_of")).toHaveLength(6919 - calibration);
    expect(result.customers).toHaveLength(2357);
  });

  it("counts repeat purchase days and times in weeks exactly as the published calibration summary", async () => {
    const { purchaseOccasions } = await import("../../src/core/models/purchaseOccasions");
    const { serialFromYmd } = await import("../../src/core/dates/excelSerial");
    const serial = (n: number) => serialFromYmd(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100)!;
    const calib = cells.slice(1).filter((r) => Number(r[1]) <= 19970930);
    const purchases = {
      customer: calib.map((r) => Number(r[0]) - 1),
      day: calib.map((r) => serial(Number(r[1]))),
      amount: calib.map((r) => Number(r[2])),
      length: calib.length,
    };
    const ids = rows.map((r) => r[0] - 1);
    const ours = purchaseOccasions(purchases, ids, serial(19970930), "week");
    rows.forEach((r, k) => {
      expect(ours.x[k]).toBe(r[1]);
      expect(Math.abs(ours.tx[k] - r[2])).toBeLessThan(0.006);
      expect(Math.abs(ours.T[k] - r[3])).toBeLessThan(0.006);
      expect(Math.abs(ours.zbar[k] - r[4])).toBeLessThan(0.006);
    });
  });

  it("fits the published BG/NBD and Gamma-Gamma parameters within 1% from raw transactions", () => {
    const { bgnbd, gammaGamma } = result.models!;
    if (bgnbd.status !== "fitted" || gammaGamma.status !== "fitted") throw new Error("a model failed");
    within(bgnbd.r, 0.24259);
    within(bgnbd.alpha, 4.41353);
    within(bgnbd.a, 0.79289);
    within(bgnbd.b, 2.42575);
    within(gammaGamma.p, 6.2488);
    within(gammaGamma.q, 3.7446);
    within(gammaGamma.gamma, 15.4477);
  });

  it("gives every customer P(alive) in [0, 1], expected purchases, spend and CLV", () => {
    for (const c of result.customers) {
      expect(c.pAlive).toBeGreaterThanOrEqual(0);
      expect(c.pAlive).toBeLessThanOrEqual(1);
      expect(c.expectedPurchases).toBeGreaterThan(0);
      expect(c.clv).toBeGreaterThan(0);
    }
  });
});
