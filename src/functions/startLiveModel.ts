import { officeExcelRun } from "../excel/excelRunner";
import { LiveModel } from "../excel/LiveModel";
import { officeLanguage } from "../excel/officeLanguage";
import { setLiveModel } from "./liveModelHolder";

/**
 * At runtime start (in Excel): ask Office to load the shared runtime with the workbook from now on,
 * so `=RFM.SEGMENT(A2)` works without opening the pane, then bind the live model.
 */
export function startLiveModel(): void {
  if (typeof Office === "undefined") return; // tests, the command line
  Office.onReady(() => {
    if (Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) {
      void Office.addin.setStartupBehavior(Office.StartupBehavior.load);
    }
    const live = new LiveModel(officeExcelRun, {
      lang: officeLanguage,
    });
    setLiveModel(live);
    void live.load();
  });
}
