import { createRoot } from "react-dom/client";
import { sharedController } from "../commands/sharedController";
import { officeExcelRun } from "../excel/excelRunner";
import { officeLanguage } from "../excel/officeLanguage";
import { paneServices } from "../excel/paneServices";
import { App } from "./App";

// The pane mounts once Office is ready; it shares the run controller with the ribbon command.
Office.onReady(() => {
  const dark = Boolean(Office.context?.officeTheme?.isDarkTheme);
  const root = document.getElementById("root");
  // The local calendar day (en-CA formats as YYYY-MM-DD), not the UTC one.
  const today = () => new Date().toLocaleDateString("en-CA");
  if (root) {
    createRoot(root).render(
      <App
        services={paneServices(officeExcelRun)}
        controller={sharedController}
        initialLang={officeLanguage()}
        dark={dark}
        today={today}
      />,
    );
  }
});
