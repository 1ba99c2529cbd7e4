import { createRoot } from "react-dom/client";
import { officeLanguage } from "../excel/officeLanguage";
import { readSelection } from "../excel/readSelection";
import { App } from "./App";

// The pane mounts once Office is ready; outside Office (host null) it still renders, so the page
// can be opened in a browser.
Office.onReady(() => {
  const dark = Boolean(Office.context?.officeTheme?.isDarkTheme);
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App readOrders={readSelection} initialLang={officeLanguage()} dark={dark} />);
});
