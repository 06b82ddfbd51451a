import type { Module } from '../../nn/module.js';
import type { tf } from '../../runtime/tf.js';
import type { DeltaAttachment } from '../base/delta-model.js';
import { checkLastDim, mapHiddenStates } from './targets.js';

/**
 * The attachment of a sequential delta (Adapter, LowRankAdapter, Compacter): `layer`, registered
 * under `target` as `childName`, maps the target's hidden-state output `h` to `layer(h)`.
 */
export function sequentialAttachment(
  target: Module,
  name: string,
  childName: string,
  layer: Module<[tf.Tensor], tf.Tensor> & { readonly hiddenDim: number },
  method: string,
): DeltaAttachment {
  return {
    children: [[childName, layer]],
    install: () => [
      target.registerForwardHook((_module, _inputs, output) =>
        mapHiddenStates(output, name, method, (h) => {
          checkLastDim(h, layer.hiddenDim, name, method);
          return layer.call(h);
        }),
      ),
    ],
  };
}
