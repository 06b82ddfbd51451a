import cliProgress from 'cli-progress';

/** What the Trainer shows while it trains. */
export interface TrainingProgress {
  /** After every optimizer step. */
  update(step: number, values: { loss?: number; learningRate?: number }): void;
  /** A logged entry (training log or evaluation). */
  log(entry: Record<string, number>): void;
  stop(): void;
}

/**
 * A progress bar (steps, loss, learning rate, ETA) on a terminal; plain lines, one per logged entry,
 * when the stream is not a TTY (CI logs, files); nothing when `disabled`.
 */
export function createProgress(
  total: number,
  options: { disabled: boolean; stream?: NodeJS.WriteStream; startStep?: number },
): TrainingProgress {
  const stream = options.stream ?? process.stderr;
  const started = Date.now();
  const startStep = options.startStep ?? 0;
  if (options.disabled) return { update() {}, log() {}, stop() {} };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format:
          '{bar} {value}/{total} steps | loss {loss} | lr {lr} | {duration_formatted} < ETA {eta_formatted}',
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, startStep, { loss: '-', lr: '-' });
    let last: { loss: string; lr: string } = { loss: '-', lr: '-' };
    return {
      update(step, values) {
        last = {
          loss: values.loss === undefined ? last.loss : values.loss.toFixed(4),
          lr: values.learningRate === undefined ? last.lr : values.learningRate.toExponential(2),
        };
        bar.update(step, last);
      },
      log() {},
      stop() {
        bar.stop();
      },
    };
  }
  let current = startStep;
  return {
    update(step) {
      current = step;
    },
    log(entry) {
      const done = current - startStep;
      const seconds = (Date.now() - started) / 1000;
      const eta = done > 0 ? ((total - current) * seconds) / done : NaN;
      const fields = Object.entries(entry)
        .filter(([key]) => key !== 'step')
        .map(([key, value]) => `${key} ${Number.isInteger(value) ? value : value.toPrecision(4)}`);
      stream.write(
        `step ${current}/${total} (${Math.floor((100 * current) / total)}%) ${fields.join(' ')}${Number.isFinite(eta) ? ` eta ${Math.round(eta)}s` : ''}\n`,
      );
    },
    stop() {},
  };
}
