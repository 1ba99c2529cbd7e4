import { officeExcelRun } from "../excel/excelRunner";
import { getLiveModel } from "../functions/liveModelHolder";
import { RunController } from "../workflows/runController";

/**
 * The run controller of the shared runtime: the ribbon command and the task pane load into one
 * page (webpack's single runtime chunk), so both get this same instance.
 */
export const sharedController = new RunController(officeExcelRun, () => new Date().toISOString());

// A finished run binds (possibly new) orders: the live model behind =RFM.SEGMENT(A2) follows them.
let lastOutcome: unknown = null;
sharedController.subscribe((state) => {
  if (state.status === "done" && state.outcome !== lastOutcome) {
    lastOutcome = state.outcome;
    void getLiveModel()?.load();
  }
});
