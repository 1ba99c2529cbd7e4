/** Lifecycle stages and their editable thresholds, in days. */
export type LifecycleStage = "new" | "active" | "sleeping" | "lost";

export interface LifecycleThresholds {
  /** A customer whose first purchase is at most this many days before the as-of date is new. */
  newDays: number;
  /** Otherwise active when the last purchase is at most this many days back… */
  activeDays: number;
  /** …sleeping up to this many days, and lost beyond. */
  sleepingDays: number;
}

export const DEFAULT_LIFECYCLE: LifecycleThresholds = { newDays: 30, activeDays: 90, sleepingDays: 180 };

/**
 * The customer's lifecycle stage from tenure (days since the first purchase) and recency.
 * @example lifecycleStage(400, 20, DEFAULT_LIFECYCLE) // "active"
 */
export function lifecycleStage(tenureDays: number, recencyDays: number, t: LifecycleThresholds): LifecycleStage {
  if (tenureDays <= t.newDays) return "new";
  if (recencyDays <= t.activeDays) return "active";
  if (recencyDays <= t.sleepingDays) return "sleeping";
  return "lost";
}
