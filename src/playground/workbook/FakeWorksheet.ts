import { parseAddress, type Rect } from "./addresses";
import { ClientObject, type FakeRequestContext } from "./context";
import { FakeRange } from "./FakeRange";
import { MESSAGES, RichApiError } from "./officeError";
import type { SheetModel } from "./SheetModel";
import type { ChangeEvent, TableModel } from "./WorkbookModel";

/** `Excel.Worksheet` of the stand-in; resolved at sync, so a missing sheet fails there. */
export class FakeWorksheet extends ClientObject {
  protected readonly typeName = "Worksheet";
  protected readonly scalarProperties = ["id", "name", "position", "visibility", "tabColor"];
  readonly freezePanes: { freezeRows: (n?: number) => void; freezeColumns: (n?: number) => void; unfreeze: () => void };
  readonly charts: { add: (type: string, source: FakeRange, seriesBy?: string) => FakeChart };
  readonly pivotTables: { add: (name: string, source: PivotSource, destination: FakeRange) => FakePivotTable };
  readonly customProperties: { add: (key: string, value: string) => void; getItemOrNullObject: (key: string) => FakeProperty };
  readonly protection: { readonly protected: boolean; load: (p?: string) => unknown };
  readonly onChanged: { add: (handler: (event: ChangeEvent) => Promise<unknown> | void) => { remove: () => void } };

  /**
   * @param exists for `*OrNullObject` proxies: whether the sheet exists, checked at sync;
   *   `isNullObject` is loaded automatically and a null object's properties read as `undefined`.
   */
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => SheetModel,
    private readonly exists: (() => boolean) | null = null,
  ) {
    super(context);
    if (exists) this.load("isNullObject");
    const queue = (location: string, run: () => void) => context.enqueue({ location, requestBytes: 32, run });
    this.freezePanes = {
      freezeRows: (n = 1) => queue("WorksheetFreezePanes.freezeRows", () => void (this.resolve().frozenRows = n)),
      freezeColumns: (n = 1) => queue("WorksheetFreezePanes.freezeColumns", () => void (this.resolve().frozenCols = n)),
      unfreeze: () => queue("WorksheetFreezePanes.unfreeze", () => Object.assign(this.resolve(), { frozenRows: 0, frozenCols: 0 })),
    };
    this.charts = { add: (type, source, seriesBy = "Auto") => new FakeChart(context, this, type, source, seriesBy) };
    this.pivotTables = { add: (name, source, destination) => new FakePivotTable(context, this, name, source, destination) };
    this.customProperties = {
      add: (key, value) => {
        if (key.length > 255) throw new RichApiError("InvalidArgument", MESSAGES.InvalidArgument, "WorksheetCustomPropertyCollection.add");
        queue(
          "WorksheetCustomPropertyCollection.add",
          () => void this.resolve().customProperties.set(key.toLowerCase(), { key, value: String(value) }),
        );
      },
      getItemOrNullObject: (key) => new FakeProperty(context, () => this.resolve().customProperties.get(key.toLowerCase())),
    };
    const protection = new FakeProtection(context, () => this.resolve());
    this.protection = protection;
    this.onChanged = {
      add: (handler) => {
        let remove = () => {};
        queue("Worksheet.onChanged.add", () => void (remove = context.model.onSheetChanged(this.resolve().id, handler)));
        return { remove: () => queue("EventHandlerResult.remove", () => remove()) };
      },
    };
  }

  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.setAndQueue("name", name, () => {
      const sheet = this.resolve();
      const clash = this.context.model.findSheet(name);
      if (clash && clash !== sheet) throw new RichApiError("ItemAlreadyExists", MESSAGES.ItemAlreadyExists, "Worksheet.name");
      sheet.name = name;
    });
  }
  get position(): number {
    return this.get("position");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.setAndQueue("visibility", v, () => void (this.resolve().visibility = v));
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  set tabColor(color: string) {
    this.setAndQueue("tabColor", color, () => void (this.resolve().tabColor = color));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      if (address === undefined) return { sheet, rect: { row: 0, col: 0, rows: 1_048_576, cols: 16_384 } };
      const parsed = address.length <= 8192 ? parseAddress(address) : null;
      if (!parsed || (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())) {
        throw new RichApiError("InvalidArgument", MESSAGES.InvalidArgument, "Worksheet.getRange");
      }
      return { sheet, rect: parsed.rect };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.resolve(), rect: { row, col, rows, cols } }));
  }
  /** On a blank sheet this is A1 and does not throw, as in Excel. */
  getUsedRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.resolve(), rect: this.resolve().usedRect() }));
  }
  activate(): void {
    this.context.enqueue({
      location: "Worksheet.activate",
      requestBytes: 16,
      run: () => void (this.context.model.activeSheetId = this.resolve().id),
    });
  }
  delete(): void {
    this.context.enqueue({ location: "Worksheet.delete", requestBytes: 16, run: () => this.context.model.deleteSheet(this.resolve()) });
  }

  protected read(property: string): unknown {
    if (property === "isNullObject") return this.exists ? !this.exists() : false;
    if (this.exists && !this.exists()) return undefined;
    const sheet = this.resolve();
    if (property === "position") return this.context.model.sheets.indexOf(sheet);
    if (["id", "name", "visibility", "tabColor"].includes(property)) return sheet[property as "id" | "name" | "visibility" | "tabColor"];
    throw new RichApiError("InvalidArgument", `Unknown property Worksheet.${property}`);
  }
}

class FakeProtection extends ClientObject {
  protected readonly typeName = "WorksheetProtection";
  protected readonly scalarProperties = ["protected"];
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context);
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protected read(): unknown {
    return this.sheet().protected;
  }
}

export class FakeProperty extends ClientObject {
  protected readonly typeName = "WorksheetCustomProperty";
  protected readonly scalarProperties = ["key", "value"];
  constructor(
    context: FakeRequestContext,
    private readonly find: () => { key: string; value: string } | undefined,
  ) {
    super(context);
    this.load("isNullObject"); // only reached through getItemOrNullObject
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get value(): string {
    return this.get("value");
  }
  protected read(property: string): unknown {
    const item = this.find();
    if (property === "isNullObject") return item === undefined;
    return item ? item[property as "key" | "value"] : undefined;
  }
}

/** A chart bound to its source range; recorded on the sheet for tests and the playground to draw. */
export class FakeChart {
  private readonly record: { name: string; type: string; source: Rect; seriesBy: string; title: string; position: Rect | null };
  readonly title: { text: string };
  constructor(context: FakeRequestContext, sheet: FakeWorksheet, type: string, source: FakeRange, seriesBy: string) {
    const record = (this.record = {
      name: "",
      type,
      source: { row: 0, col: 0, rows: 0, cols: 0 },
      seriesBy,
      title: "",
      position: null as Rect | null,
    });
    context.enqueue({
      location: "ChartCollection.add",
      requestBytes: 64,
      run: () => {
        const target = sheet.resolve();
        record.source = source.resolve().rect;
        record.name = record.name || `Chart ${target.charts.length + 1}`;
        target.charts.push(record);
      },
    });
    this.title = {
      set text(t: string) {
        record.title = t;
      },
      get text() {
        return record.title;
      },
    };
  }
  set name(name: string) {
    this.record.name = name;
  }
  setPosition(start: FakeRange, end?: FakeRange): void {
    start.context.enqueue({
      location: "Chart.setPosition",
      requestBytes: 32,
      run: () => {
        const a = start.resolve().rect;
        const b = (end ?? start).resolve().rect;
        this.record.position = { row: a.row, col: a.col, rows: b.row + b.rows - a.row, cols: b.col + b.cols - a.col };
      },
    });
  }
}

/** What a PivotTable can be built on: a range, a table, or a table's name. */
type PivotSource = FakeRange | string | { resolve: () => TableModel };

/** A PivotTable: a named report over a source with row and data fields; values computed on demand. */
export class FakePivotTable {
  readonly hierarchies: { getItem: (name: string) => { name: string } };
  readonly rowHierarchies: { add: (h: { name: string }) => void };
  readonly dataHierarchies: { add: (h: { name: string }) => { summarizeBy: string; name: string } };
  constructor(context: FakeRequestContext, sheet: FakeWorksheet, name: string, source: PivotSource, destination: FakeRange) {
    const model = context.model;
    const pivot = {
      id: model.newId("pivot"),
      name,
      sheetId: "",
      sourceTableId: null as string | null,
      source: { sheetId: "", rect: { row: 0, col: 0, rows: 0, cols: 0 } },
      destination: { row: 0, col: 0 },
      rows: [] as string[],
      data: [] as { field: string; name: string; summarizeBy: string }[],
    };
    context.enqueue({
      location: "PivotTableCollection.add",
      requestBytes: 64,
      run: () => {
        // PivotTable names are unique within a worksheet (the stand-in refuses a duplicate there).
        const sheetId = sheet.resolve().id;
        if (model.pivots.some((p) => p.sheetId === sheetId && p.name.toLowerCase() === name.toLowerCase())) {
          throw new RichApiError("InvalidArgument", MESSAGES.InvalidArgument, "PivotTableCollection.add");
        }
        if (typeof source === "string") {
          const table = model.tables.find((t) => t.name.toLowerCase() === source.toLowerCase());
          if (!table) throw new RichApiError("ItemNotFound", MESSAGES.ItemNotFound, "PivotTableCollection.add");
          pivot.sourceTableId = table.id;
          pivot.source = { sheetId: table.sheetId, rect: table.rect };
        } else if (source instanceof FakeRange) {
          const s = source.resolve();
          pivot.source = { sheetId: s.sheet.id, rect: s.rect };
        } else {
          const table = source.resolve();
          pivot.sourceTableId = table.id;
          pivot.source = { sheetId: table.sheetId, rect: table.rect };
        }
        const d = destination.resolve();
        pivot.sheetId = sheet.resolve().id;
        pivot.destination = { row: d.rect.row, col: d.rect.col };
        model.pivots.push(pivot);
      },
    });
    this.hierarchies = { getItem: (field) => ({ name: field }) };
    this.rowHierarchies = {
      add: (h) =>
        void context.enqueue({
          location: "RowColumnPivotHierarchyCollection.add",
          requestBytes: 32,
          run: () => void pivot.rows.push(h.name),
        }),
    };
    this.dataHierarchies = {
      add: (h) => {
        const entry = { field: h.name, name: `Sum of ${h.name}`, summarizeBy: "Automatic" };
        context.enqueue({ location: "DataPivotHierarchyCollection.add", requestBytes: 32, run: () => void pivot.data.push(entry) });
        return entry;
      },
    };
  }
}
