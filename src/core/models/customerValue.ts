import { expectedPurchases, pAlive } from "./bgNbdPredict";
import { fitBgNbd, type BgNbdParams, type ModelFit } from "./fitBgNbd";
import { expectedSpend, fitGammaGamma, type GammaGammaParams } from "./fitGammaGamma";
import { UNIT_DAYS, type OccasionSummary, type Period } from "./purchaseOccasions";

export interface CustomerValueOptions {
  period: Period;
  /** Horizon in periods. */
  horizon: number;
  /** Yearly discount rate (0.1 = 10%). */
  discountRate: number;
}

export interface CustomerValues {
  bgnbd: ModelFit<BgNbdParams>;
  gammaGamma: ModelFit<GammaGammaParams>;
  /** Per customer; `null` where the model behind the figure could not be fitted. */
  pAlive: (number | null)[];
  expectedPurchases: (number | null)[];
  expectedSpend: (number | null)[];
  clv: (number | null)[];
}

/** Discounting steps over the horizon: enough for a smooth sum, few enough to stay fast. */
const MAX_STEPS = 12;

/**
 * Fits BG/NBD and Gamma-Gamma to the customers' repeat summaries and predicts, per customer,
 * P(alive), purchases over the horizon, spend per purchase, and CLV = expected purchases in each
 * step × expected spend, discounted at the yearly rate to the step's end.
 * @example customerValues(summary, { period: "week", horizon: 52, discountRate: 0.1 }).clv[0] // 81.3
 */
export function customerValues(summary: OccasionSummary, options: CustomerValueOptions): CustomerValues {
  const bgnbd = fitBgNbd(summary);
  const gammaGamma = fitGammaGamma(summary);
  return {
    bgnbd,
    gammaGamma,
    ...predictCustomerValues(
      bgnbd.status === "fitted" ? bgnbd.params : null,
      gammaGamma.status === "fitted" ? gammaGamma.params : null,
      summary,
      options,
    ),
  };
}

/**
 * The per-customer predictions for given parameters (`null` for a model that was not fitted).
 * @example predictCustomerValues(bg, gg, summary, { period: "week", horizon: 52, discountRate: 0.1 }).pAlive[0] // 0.73
 */
export function predictCustomerValues(
  bg: BgNbdParams | null,
  gg: GammaGammaParams | null,
  summary: OccasionSummary,
  options: CustomerValueOptions,
): Omit<CustomerValues, "bgnbd" | "gammaGamma"> {
  const n = summary.x.length;
  const out = {
    pAlive: new Array<number | null>(n).fill(null),
    expectedPurchases: new Array<number | null>(n).fill(null),
    expectedSpend: new Array<number | null>(n).fill(null),
    clv: new Array<number | null>(n).fill(null),
  };
  const steps = Math.max(1, Math.min(MAX_STEPS, Math.ceil(options.horizon)));
  const stepLength = options.horizon / steps;
  const yearsPerStep = (stepLength * UNIT_DAYS[options.period]) / 365.25;
  const discount = Array.from({ length: steps }, (_, k) => 1 / (1 + options.discountRate) ** ((k + 1) * yearsPerStep));
  for (let i = 0; i < n; i++) {
    const x = summary.x[i];
    const tx = summary.tx[i];
    const T = summary.T[i];
    if (gg) out.expectedSpend[i] = expectedSpend(gg, x, summary.zbar[i]);
    if (!bg) continue;
    out.pAlive[i] = pAlive(bg, x, tx, T);
    out.expectedPurchases[i] = expectedPurchases(bg, options.horizon, x, tx, T);
    const spend = out.expectedSpend[i];
    if (spend === null) continue;
    let value = 0;
    let before = 0;
    for (let k = 0; k < steps; k++) {
      const upTo = expectedPurchases(bg, (k + 1) * stepLength, x, tx, T);
      value += (upTo - before) * spend * discount[k];
      before = upTo;
    }
    out.clv[i] = value;
  }
  return out;
}
