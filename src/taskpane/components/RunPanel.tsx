import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import type { Lang } from "../../core/types";
import type { RunState } from "../../workflows/runController";
import { t } from "../strings";

export interface RunPanelProps {
  lang: Lang;
  state: RunState;
  problems: string[];
  onRun: () => void;
  onCancel: () => void;
}

/** The run button, progress with step text, Cancel, and the replace confirmation. */
export function RunPanel({ lang, state, problems, onRun, onCancel }: RunPanelProps) {
  const running = state.status === "running";
  const pct = Math.round(100 * state.fraction);
  return (
    <section aria-label={t(lang, "run")}>
      <Button appearance="primary" onClick={onRun} disabled={running || problems.length > 0}>
        {t(lang, "run")}
      </Button>{" "}
      {running && <Button onClick={onCancel}>{t(lang, "cancel")}</Button>}
      {problems.map((p) => (
        <Text key={p} role="alert" block>
          {p}
        </Text>
      ))}
      {running && state.step && (
        <div role="status" aria-live="polite">
          <ProgressBar value={state.fraction} max={1} />
          <Text>{t(lang, `step_${state.step}`, { pct })}</Text>
        </div>
      )}
      <Dialog open={state.confirm !== null} onOpenChange={(_, d) => !d.open && state.confirm?.answer(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(lang, "confirmTitle")}</DialogTitle>
            <DialogContent>{t(lang, "confirmText", { names: state.confirm?.sheetNames.join(", ") ?? "" })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => state.confirm?.answer(true)}>
                {t(lang, "replace")}
              </Button>
              <Button onClick={() => state.confirm?.answer(false)}>{t(lang, "keep")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
