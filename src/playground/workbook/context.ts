import { MESSAGES, propertyNotLoaded, RichApiError } from "./officeError";
import type { WorkbookModel } from "./WorkbookModel";

/** One queued operation: it runs against the model at `sync()`, in order. */
export interface Command {
  location: string;
  /** Bytes this command adds to the request (the values it writes, roughly as JSON). */
  requestBytes: number;
  /** Runs the operation; a load returns what it read, applied to the proxy if the sync succeeds. */
  run: () => { responseBytes: number; apply: () => void } | void;
}

/** Options of `Excel.run`, as in Office.js. */
export interface RunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

/**
 * The stand-in's `Excel.RequestContext`: property sets, method calls and loads only queue
 * commands; `sync()` sends the whole queue (checking the request against the payload cap), runs
 * it in order, stops at the first failing command (earlier ones stay done, as in Excel), then
 * checks the response size and applies loaded values to their proxies.
 */
export class FakeRequestContext {
  private queue: Command[] = [];
  closed = false;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  readonly runtime = { enableEvents: true };
  private readonly traces: string[] = [];
  /** Side effects to run after a successful sync (change events fire after the write lands). */
  readonly afterSync: (() => void)[] = [];

  constructor(
    readonly model: WorkbookModel,
    readonly options: RunOptions = {},
  ) {}

  enqueue(command: Command): void {
    if (this.closed) throw invalidObjectPath();
    this.queue.push(command);
  }

  trace(message: string): void {
    this.traces.push(message);
  }

  async sync<T>(pass?: T): Promise<T> {
    if (this.closed) throw invalidObjectPath();
    // Like Office.js, the pending queue is swapped out first: a failed sync leaves nothing to retry.
    const batch = this.queue;
    this.queue = [];
    const stats = this.model.stats;
    stats.syncs++;
    await Promise.resolve();
    const fail = (error: RichApiError) => {
      error.traceMessages.push(...this.traces.splice(0));
      this.afterSync.length = 0;
      throw error;
    };
    if (this.model.cellEditMode && !this.options.delayForCellEdit && batch.length > 0) {
      fail(new RichApiError("InvalidOperationInCellEditMode", MESSAGES.InvalidOperationInCellEditMode));
    }
    const requestBytes = batch.reduce((sum, c) => sum + 64 + c.requestBytes, 0);
    if (requestBytes > this.model.payloadLimit) {
      stats.refusedForSize++;
      fail(new RichApiError("RequestPayloadSizeLimitExceeded", MESSAGES.RequestPayloadSizeLimitExceeded));
    }
    stats.largestRequestBytes = Math.max(stats.largestRequestBytes, requestBytes);
    const loads: { responseBytes: number; apply: () => void }[] = [];
    for (const command of batch) {
      try {
        const result = command.run();
        if (result) loads.push(result);
      } catch (e) {
        if (e instanceof RichApiError) {
          e.debugInfo.errorLocation ??= command.location;
          fail(e);
        }
        throw e;
      }
    }
    const responseBytes = loads.reduce((sum, l) => sum + l.responseBytes, 0);
    if (responseBytes > this.model.payloadLimit) {
      stats.refusedForSize++;
      fail(new RichApiError("ResponsePayloadSizeLimitExceeded", MESSAGES.ResponsePayloadSizeLimitExceeded));
    }
    stats.largestResponseBytes = Math.max(stats.largestResponseBytes, responseBytes);
    for (const l of loads) l.apply();
    for (const effect of this.afterSync.splice(0)) effect();
    return pass as T;
  }
}

export function invalidObjectPath(): RichApiError {
  return new RichApiError(
    "InvalidObjectPath",
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  );
}

/**
 * Base of every proxy: `load()` queues a read of the named properties; reading one that was not
 * loaded and synced throws `PropertyNotLoaded` at once; `*OrNullObject` proxies answer
 * `isNullObject` after a sync.
 */
export abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();
  protected abstract readonly typeName: string;
  /** What `load()` with no argument loads. */
  protected abstract readonly scalarProperties: readonly string[];

  constructor(readonly context: FakeRequestContext) {}

  /** Reads one property from the model, at sync. */
  protected abstract read(property: string): unknown;

  load(spec?: string | string[] | { select?: string | string[] }): this {
    const props = loadList(spec, this.scalarProperties);
    this.context.enqueue({ location: `${this.typeName}.load`, requestBytes: 32, run: () => this.readNow(props) });
    return this;
  }

  /** Reads properties during a sync (a collection loading its items' properties in the same request). */
  readNow(spec: string | string[] | undefined): { responseBytes: number; apply: () => void } {
    const props = loadList(spec, this.scalarProperties);
    const values = props.map((p) => this.read(p));
    return { responseBytes: jsonBytes(values), apply: () => props.forEach((p, i) => this.loaded.set(p, values[i])) };
  }

  protected get<T>(property: string): T {
    if (!this.loaded.has(property)) throw propertyNotLoaded(this.typeName, property);
    return this.loaded.get(property) as T;
  }

  /** A setter keeps the assigned value on the proxy (Office.js does) and queues the write. */
  protected setAndQueue(property: string, value: unknown, write: () => void, requestBytes = 32): void {
    this.loaded.set(property, value);
    this.context.enqueue({ location: `${this.typeName}.${property}`, requestBytes, run: () => write() });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function loadList(spec: string | string[] | { select?: string | string[] } | undefined, all: readonly string[]): string[] {
  if (spec === undefined) return [...all];
  const raw =
    typeof spec === "string"
      ? spec
      : Array.isArray(spec)
        ? spec.join(",")
        : Array.isArray(spec.select)
          ? spec.select.join(",")
          : (spec.select ?? "");
  return raw
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Size of a value as JSON, without building the string for big arrays of primitives. */
export function jsonBytes(value: unknown): number {
  if (Array.isArray(value)) {
    let n = 2;
    for (const v of value) n += jsonBytes(v) + 1;
    return n;
  }
  if (typeof value === "string") return value.length + 2;
  if (typeof value === "number") return value === Math.trunc(value) && Math.abs(value) < 1e15 ? String(value).length : 18;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (value === null || value === undefined) return 4;
  return JSON.stringify(value).length;
}
