import { parseAddress, rectAddress, type Rect } from "./addresses";
import { ClientObject, type FakeRequestContext } from "./context";
import { FakeRange, intersect } from "./FakeRange";
import { FakeWorksheet } from "./FakeWorksheet";
import { MESSAGES, RichApiError } from "./officeError";
import type { TableModel } from "./WorkbookModel";

/** `Excel.Workbook` of the stand-in. */
export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly settings: FakeSettingCollection;
  readonly application: {
    suspendApiCalculationUntilNextSync: () => void;
    suspendScreenUpdatingUntilNextSync: () => void;
    calculationMode: string;
  };

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.settings = new FakeSettingCollection(context);
    const noop = (location: string) => () => context.enqueue({ location, requestBytes: 16, run: () => undefined });
    this.application = {
      suspendApiCalculationUntilNextSync: noop("Application.suspendApiCalculationUntilNextSync"),
      suspendScreenUpdatingUntilNextSync: noop("Application.suspendScreenUpdatingUntilNextSync"),
      calculationMode: "Automatic",
    };
  }

  getSelectedRange(): FakeRange {
    const model = this.context.model;
    return new FakeRange(this.context, () => {
      const sel = model.selection ?? { sheetId: model.activeSheetId, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
      return { sheet: model.sheet(sel.sheetId, "Workbook.getSelectedRange"), rect: sel.rect };
    });
  }

  getActiveCell(): FakeRange {
    const model = this.context.model;
    return new FakeRange(this.context, () => {
      const sel = model.selection ?? { sheetId: model.activeSheetId, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
      return {
        sheet: model.sheet(sel.sheetId, "Workbook.getActiveCell"),
        rect: { row: sel.rect.row, col: sel.rect.col, rows: 1, cols: 1 },
      };
    });
  }
}

/** A collection whose `items` are loaded with `load("items/name")` or `load("name")`. */
abstract class Collection<T extends ClientObject> {
  private loadedItems: T[] | null = null;
  constructor(protected readonly context: FakeRequestContext) {}
  protected abstract itemsNow(): T[];
  get items(): T[] {
    if (!this.loadedItems)
      throw new RichApiError(
        "PropertyNotLoaded",
        "The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
    return this.loadedItems;
  }
  load(spec?: string): this {
    const props = (spec ?? "")
      .split(",")
      .map((p) => p.trim().replace(/^items\//, ""))
      .filter((p) => p && p !== "items");
    let items: T[] = [];
    this.context.enqueue({
      location: "Collection.load",
      requestBytes: 32,
      run: () => {
        items = this.itemsNow();
        const reads = props.length > 0 ? items.map((item) => item.readNow(props)) : [];
        return {
          responseBytes: 32 * items.length + reads.reduce((n, r) => n + r.responseBytes, 0),
          apply: () => {
            reads.forEach((r) => r.apply());
            this.loadedItems = items;
          },
        };
      },
    });
    return this;
  }
}

export class FakeWorksheetCollection extends Collection<FakeWorksheet> {
  add(name?: string): FakeWorksheet {
    const model = this.context.model;
    let id = "";
    this.context.enqueue({
      location: "WorksheetCollection.add",
      requestBytes: 32,
      run: () => {
        let chosen = name;
        for (let n = model.sheets.length + 1; chosen === undefined; n++) if (!model.findSheet(`Sheet${n}`)) chosen = `Sheet${n}`;
        id = model.addSheet(chosen).id;
      },
    });
    return new FakeWorksheet(this.context, () => model.sheet(id, "WorksheetCollection.add"));
  }
  getItem(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.sheet(nameOrId, "WorksheetCollection.getItem"));
  }
  getItemOrNullObject(nameOrId: string): FakeWorksheet {
    const model = this.context.model;
    return new FakeWorksheet(
      this.context,
      () => model.sheet(nameOrId, "WorksheetCollection.getItemOrNullObject"),
      () => model.findSheet(nameOrId) !== undefined,
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () =>
      this.context.model.sheet(this.context.model.activeSheetId, "WorksheetCollection.getActiveWorksheet"),
    );
  }
  protected itemsNow(): FakeWorksheet[] {
    return this.context.model.sheets.map((s) => new FakeWorksheet(this.context, () => this.context.model.sheet(s.id, "Worksheet")));
  }
}

export class FakeTable extends ClientObject {
  protected readonly typeName = "Table";
  protected readonly scalarProperties = ["id", "name", "style", "showHeaders"];
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => TableModel,
  ) {
    super(context);
  }
  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.setAndQueue("name", name, () => {
      if (!isValidTableName(name)) throw new RichApiError("InvalidArgument", MESSAGES.InvalidArgument, "Table.name");
      const t = this.resolve();
      if (this.context.model.tables.some((o) => o !== t && o.name.toLowerCase() === name.toLowerCase()))
        throw new RichApiError("InvalidArgument", MESSAGES.InvalidArgument, "Table.name");
      t.name = name;
    });
  }
  get style(): string {
    return this.get("style");
  }
  set style(style: string) {
    this.setAndQueue("style", style, () => void (this.resolve().style = style));
  }
  getRange(): FakeRange {
    return this.part((r) => r);
  }
  getHeaderRowRange(): FakeRange {
    return this.part((r) => ({ ...r, rows: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return this.part((r) => ({ ...r, row: r.row + 1, rows: Math.max(1, r.rows - 1) }));
  }
  delete(): void {
    this.context.enqueue({
      location: "Table.delete",
      requestBytes: 16,
      run: () => void this.context.model.tables.splice(this.context.model.tables.indexOf(this.resolve()), 1),
    });
  }
  protected read(property: string): unknown {
    const t = this.resolve();
    if (property === "showHeaders") return true;
    if (property === "id" || property === "name" || property === "style") return t[property];
    throw new RichApiError("InvalidArgument", `Unknown property Table.${property}`);
  }
  private part(pick: (r: Rect) => Rect): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.resolve();
      return { sheet: this.context.model.sheet(t.sheetId, "Table"), rect: pick(t.rect) };
    });
  }
}

export class FakeTableCollection extends Collection<FakeTable> {
  /** `tables.add("Sheet1!A1:C10", true)` or with a Range; overlapping another table fails. */
  add(source: string | FakeRange, hasHeaders: boolean): FakeTable {
    const model = this.context.model;
    let id = "";
    this.context.enqueue({
      location: "TableCollection.add",
      requestBytes: 64,
      run: () => {
        let sheetId: string;
        let rect: Rect;
        if (typeof source === "string") {
          const parsed = parseAddress(source);
          if (!parsed) throw new RichApiError("InvalidArgument", MESSAGES.InvalidArgument, "TableCollection.add");
          sheetId = model.sheet(parsed.sheet ?? model.activeSheetId, "TableCollection.add").id;
          rect = parsed.rect;
        } else {
          const target = source.resolve();
          sheetId = target.sheet.id;
          rect = target.rect;
        }
        if (!hasHeaders) throw new RichApiError("NotImplemented", "The stand-in supports tables with a header row only.");
        if (model.tables.some((t) => t.sheetId === sheetId && intersect(t.rect, rect)))
          throw new RichApiError("InvalidArgument", MESSAGES.TableOverlap, "TableCollection.add");
        let n = model.tables.length + 1;
        while (model.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
        id = model.newId("table");
        model.tables.push({ id, name: `Table${n}`, sheetId, rect, style: "TableStyleMedium2" });
      },
    });
    return new FakeTable(this.context, () => this.find(id, "TableCollection.add"));
  }
  getItem(nameOrId: string): FakeTable {
    return new FakeTable(this.context, () => this.find(nameOrId, "TableCollection.getItem"));
  }
  protected itemsNow(): FakeTable[] {
    return this.context.model.tables.map((t) => new FakeTable(this.context, () => this.find(t.id, "Table")));
  }
  private find(nameOrId: string, location: string): TableModel {
    const lower = nameOrId.toLowerCase();
    const t = this.context.model.tables.find((x) => x.id === nameOrId || x.name.toLowerCase() === lower);
    if (!t) throw new RichApiError("ItemNotFound", MESSAGES.ItemNotFound, location);
    return t;
  }
}

/** `workbook.settings` (ExcelApi 1.4): values kept as JSON, Dates as "Date(ms)" like Excel. */
export class FakeSettingCollection {
  constructor(private readonly context: FakeRequestContext) {}
  add(key: string, value: unknown): void {
    // Read the original through `this[key]`: JSON.stringify turns a Date into text before a replacer sees it.
    const stored = JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
      const original = this[key];
      return original instanceof Date ? `Date(${original.getTime()})` : v;
    });
    this.context.enqueue({
      location: "SettingCollection.add",
      requestBytes: stored.length + key.length,
      run: () => void this.context.model.settings.set(key, stored),
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key, true);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, key, false);
  }
}

export class FakeSetting extends ClientObject {
  protected readonly typeName = "Setting";
  protected readonly scalarProperties = ["key", "value"];
  constructor(
    context: FakeRequestContext,
    private readonly key: string,
    private readonly orNull: boolean,
  ) {
    super(context);
    // *OrNullObject proxies have isNullObject loaded at the next sync, as in Office.js.
    if (orNull) this.load("isNullObject");
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.context.enqueue({ location: "Setting.delete", requestBytes: 16, run: () => void this.context.model.settings.delete(this.key) });
  }
  protected read(property: string): unknown {
    const stored = this.context.model.settings.get(this.key);
    if (property === "isNullObject") return stored === undefined;
    if (stored === undefined) {
      if (this.orNull) return undefined;
      throw new RichApiError("ItemNotFound", MESSAGES.ItemNotFound, "SettingCollection.getItem");
    }
    if (property === "key") return this.key;
    return JSON.parse(stored as string, (_k, v) =>
      typeof v === "string" && /^Date\(\d+\)$/.test(v) ? new Date(Number(v.slice(5, -1))) : v,
    );
  }
}

/** Excel's table-name rules: a letter, `_` or `\` first; then letters, digits, `_`, `.`; ≤255; not a cell reference. */
export function isValidTableName(name: string): boolean {
  return (
    /^[A-Za-z_\\\u4e00-\u9fff][\w.\u4e00-\u9fff]{0,254}$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^(true|false)$/i.test(name) &&
    !/^[rRcC]$/.test(name)
  );
}

export { rectAddress };
