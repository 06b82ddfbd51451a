import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

function stream(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as unknown as NodeJS.WriteStream & { text: () => string };
  Object.assign(out, {
    isTTY,
    columns: 120,
    cursorTo: () => true,
    clearLine: () => true,
    text: () => chunks.join(''),
  });
  return out;
}

describe('createProgress', () => {
  it('writes one plain line per logged entry when not on a terminal', () => {
    const out = stream(false);
    const progress = createProgress(10, { disabled: false, stream: out });
    progress.update(5, { loss: 0.5, learningRate: 1e-3 });
    progress.log({ loss: 0.5, learning_rate: 0.001, epoch: 1, step: 5 });
    progress.stop();
    expect(out.text()).toMatch(
      /^step 5\/10 \(50%\) loss 0\.5000 learning_rate 0\.001000 epoch 1( eta \d+s)?\n$/,
    );
  });

  it('draws a bar with steps, loss, learning rate and ETA on a terminal', () => {
    const out = stream(true);
    const progress = createProgress(10, { disabled: false, stream: out });
    progress.update(3, { loss: 0.25, learningRate: 2e-4 });
    progress.stop();
    expect(out.text()).toMatch(/3\/10 steps \| loss 0\.2500 \| lr 2\.00e-4 \| .*ETA/);
  });

  it('writes nothing when disabled', () => {
    const out = stream(false);
    const progress = createProgress(10, { disabled: true, stream: out });
    progress.update(1, {});
    progress.log({ loss: 1 });
    expect(out.text()).toBe('');
  });
});
