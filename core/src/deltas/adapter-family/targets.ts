import { DeltahubError } from '../../errors.js';
import { Conv1D, Linear } from '../../nn/linear.js';
import type { Module } from '../../nn/module.js';
import { LayerNorm, RMSNorm } from '../../nn/normalization.js';
import { PreTrainedModel } from '../../models/pretrained-model.js';
import { tf } from '../../runtime/tf.js';

/**
 * Hidden sizes of adapter targets, resolved when the delta is built. OpenDelta instantiates its
 * adapters lazily on a first (pseudo) forward; resolving the size from the target's type instead
 * means every parameter exists right after construction (freezing, counting and loading work before
 * any forward), and a wrong guess is caught by a clear error on the first forward.
 */

/** The backbone's hidden size from its config (`hidden_size`, `d_model`, `n_embd` or `dim`). */
export function configHiddenSize(backbone: Module): number | undefined {
  if (!(backbone instanceof PreTrainedModel)) return undefined;
  for (const key of ['hidden_size', 'd_model', 'n_embd', 'dim']) {
    const value = backbone.config[key];
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  }
  return undefined;
}

/** The last dimension of what `target` returns: a projection's output, a norm's size, else the hidden size. */
export function outputFeatures(target: Module, name: string, backbone: Module, method: string): number {
  if (target instanceof Linear || target instanceof Conv1D) return target.outFeatures;
  if (target instanceof LayerNorm || target instanceof RMSNorm) return target.normalizedShape;
  return hiddenSizeOrError(target, name, backbone, method);
}

/** The last dimension of `target`'s first input: a projection's input, a norm's size, else the hidden size. */
export function inputFeatures(target: Module, name: string, backbone: Module, method: string): number {
  if (target instanceof Linear || target instanceof Conv1D) return target.inFeatures;
  if (target instanceof LayerNorm || target instanceof RMSNorm) return target.normalizedShape;
  return hiddenSizeOrError(target, name, backbone, method);
}

function hiddenSizeOrError(target: Module, name: string, backbone: Module, method: string): number {
  const size = configHiddenSize(backbone);
  if (size === undefined) {
    throw new DeltahubError(
      'DELTA_TARGET_UNSUPPORTED',
      `${method} cannot tell the hidden size of '${name}' (${target.typeName}): target a Linear, Conv1D or norm layer, or use a backbone whose config has hidden_size / d_model / n_embd / dim.`,
    );
  }
  return size;
}

/**
 * Applies `fn` to the hidden states a module returned: the tensor itself, or the first element of
 * an array output (OpenDelta's "tensor or tuple whose first element is the hidden state").
 */
export function mapHiddenStates(
  output: unknown,
  name: string,
  method: string,
  fn: (h: tf.Tensor) => tf.Tensor,
): unknown {
  if (output instanceof tf.Tensor) return fn(output);
  if (Array.isArray(output) && output[0] instanceof tf.Tensor) return [fn(output[0]), ...output.slice(1)];
  throw new DeltahubError(
    'DELTA_TARGET_UNSUPPORTED',
    `${method} on '${name}': the module's output is neither a tensor nor an array starting with the hidden states.`,
  );
}

/** The hidden states among a module's inputs: its first argument, which must be a tensor. */
export function firstInputTensor(inputs: readonly unknown[], name: string, method: string): tf.Tensor {
  const first = inputs[0];
  if (!(first instanceof tf.Tensor)) {
    throw new DeltahubError(
      'DELTA_TARGET_UNSUPPORTED',
      `${method} on '${name}': the module's first input is not a tensor.`,
    );
  }
  return first;
}

/** Fails clearly when the hidden states at `name` are not `expected` wide (a wrong static guess). */
export function checkLastDim(h: tf.Tensor, expected: number, name: string, method: string): void {
  const actual = h.shape[h.shape.length - 1];
  if (actual !== expected) {
    throw new DeltahubError(
      'DELTA_TARGET_UNSUPPORTED',
      `${method} on '${name}' was built for hidden size ${expected}, but the module's hidden states have last dimension ${actual}; target a module whose output is the hidden state.`,
    );
  }
}

/** The default placement of the sequential adapters: after the attention output and the second FFN projection. */
export function afterAttentionAndFfn(structure: {
  attentionOutput: readonly string[];
  ffnOut: readonly string[];
}): string[] {
  return [...structure.attentionOutput, ...structure.ffnOut];
}
