import { officeLanguage } from "../excel/officeLanguage";
import { translateOfficeError } from "../excel/officeErrors";
import { loadSavedRun } from "../excel/runSettings";
import { officeExcelRun } from "../excel/excelRunner";
import { sharedController } from "./sharedController";

/**
 * Ribbon "Segment customers" (ExecuteFunction): runs with the settings saved in the document, or
 * detected defaults, without opening the pane. Success shows itself: the RFM Summary sheet is
 * activated. The pane appears only when the user is needed — to allow replacing earlier results,
 * or to read what went wrong.
 */
export async function segmentCustomersCommand(event: Office.AddinCommands.Event): Promise<void> {
  const lang = officeLanguage();
  const reveal = () => Office.addin.showAsTaskpane();
  try {
    const saved = await loadSavedRun(officeExcelRun);
    await sharedController.start({ lang, options: saved?.options ?? {}, source: saved?.source, compareDate: saved?.compareDate, reveal });
  } catch (e) {
    sharedController.report(translateOfficeError(e, lang).message);
    await reveal();
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("segmentCustomers", segmentCustomersCommand);
});
