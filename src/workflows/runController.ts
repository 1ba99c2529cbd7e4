import type { AnalyzeOptions, Lang } from "../core/types";
import type { ExcelRunner } from "../excel/excelRunner";
import type { OrderSource } from "../excel/locateSource";
import { AddinError, addinError } from "../excel/officeErrors";
import { segmentCustomers, type SegmentOutcome, type Step } from "./segmentCustomers";

/** What the pane shows about the current or last run. */
export interface RunState {
  status: "idle" | "running" | "done" | "error";
  step: Step | null;
  fraction: number;
  outcome: SegmentOutcome | null;
  error: string | null;
  /** Set while a run waits for the user to allow replacing the add-in's earlier sheets. */
  confirm: { sheetNames: string[]; answer: (ok: boolean) => void } | null;
}

type Listener = (state: RunState) => void;

/**
 * The one place runs start from — the pane's button and the ribbon's "Segment customers" alike —
 * so they share progress, cancellation and the replace confirmation in the shared runtime.
 * @example const controller = new RunController(Excel.run, () => new Date().toISOString());
 * controller.subscribe((s) => render(s)); await controller.start({ lang: "en", options: {} });
 */
export class RunController {
  private state: RunState = { status: "idle", step: null, fraction: 0, outcome: null, error: null, confirm: null };
  private readonly listeners = new Set<Listener>();
  private abort: AbortController | null = null;

  constructor(
    private readonly run: ExcelRunner,
    private readonly now: () => string,
  ) {}

  get current(): RunState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  /**
   * Starts a run; resolves when it ends (the outcome or error is in the state). `reveal` shows the
   * pane: a run started from the ribbon has none on screen, and shows it only when the user is
   * needed (to allow replacing earlier results, or to read an error).
   */
  async start(request: {
    lang: Lang;
    options: AnalyzeOptions;
    source?: OrderSource;
    compareDate?: string;
    reveal?: () => Promise<void>;
  }): Promise<RunState> {
    if (this.state.status === "running") {
      this.set({ error: addinError("busy", request.lang).message });
      return this.state;
    }
    const reveal = () => request.reveal?.().catch((e: unknown) => this.set({ error: e instanceof Error ? e.message : String(e) }));
    const abort = (this.abort = new AbortController());
    this.set({ status: "running", step: "locate", fraction: 0, outcome: null, error: null, confirm: null });
    try {
      const outcome = await segmentCustomers(this.run, {
        ...request,
        runAt: this.now(),
        signal: abort.signal,
        onProgress: (step, fraction) => this.set({ step, fraction }),
        confirmReplace: (sheetNames) =>
          new Promise<boolean>((resolve) => {
            this.set({ confirm: { sheetNames, answer: (ok) => (this.set({ confirm: null }), resolve(ok)) } });
            void reveal();
          }),
      });
      this.set({ status: "done", step: "done", fraction: 1, outcome });
    } catch (e) {
      const cancelled = e instanceof AddinError && e.code === "cancelled";
      this.set({ status: cancelled ? "idle" : "error", error: e instanceof Error ? e.message : String(e), confirm: null, outcome: null });
      if (!cancelled) void reveal();
    } finally {
      this.abort = null;
    }
    return this.state;
  }

  /** Shows an error that happened before a run could start (e.g. reading the saved settings). */
  report(message: string): void {
    this.set({ status: "error", error: message });
  }

  cancel(): void {
    this.abort?.abort();
    this.state.confirm?.answer(false);
  }

  private set(change: Partial<RunState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener(this.state);
  }
}
