import { RfmInputError } from "../core/errors";
import { detectColumns, type DetectedColumns } from "../core/orders/detectColumns";
import type { Lang } from "../core/types";
import type { ExcelRunner } from "./excelRunner";
import { locateSource, type OrderSource } from "./locateSource";
import { translateOfficeError } from "./officeErrors";
import { readPreview } from "./readOrdersInBlocks";

export interface ChosenSource {
  source: OrderSource;
  preview: unknown[][];
  /** Detected columns, or why none could be detected. */
  detected: DetectedColumns | null;
  problem: string | null;
}

/** What the task pane may ask of Excel: its components never call `Excel.run` themselves. */
export interface PaneServices {
  chooseSource: (lang: Lang) => Promise<ChosenSource>;
  activateSheet: (name: string) => Promise<void>;
}

const PREVIEW_ROWS = 21;

/** The pane's services over an Excel runner (the real Excel.run, or the stand-in's). */
export function paneServices(run: ExcelRunner): PaneServices {
  return {
    async chooseSource(lang) {
      const source = await locateSource(run, lang);
      const preview = await readPreview(run, source, PREVIEW_ROWS, lang);
      try {
        return { source, preview, detected: detectColumns(preview, { lang }), problem: null };
      } catch (e) {
        if (e instanceof RfmInputError) return { source, preview, detected: null, problem: e.message };
        throw e;
      }
    },
    async activateSheet(name) {
      try {
        await run(async (context) => {
          context.workbook.worksheets.getItem(name).activate();
          await context.sync();
        });
      } catch (e) {
        throw translateOfficeError(e, "en");
      }
    },
  };
}
