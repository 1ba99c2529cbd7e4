import type { LiveModel } from "../excel/LiveModel";

// The one live model of the shared runtime (set at start-up; tests set their own).
let current: LiveModel | null = null;

export function setLiveModel(model: LiveModel | null): void {
  current = model;
}

export function getLiveModel(): LiveModel | null {
  return current;
}
