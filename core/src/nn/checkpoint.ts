import { tf } from '../runtime/tf.js';

/** The parts of tfjs's engine that gradient checkpointing needs: its tape and `gradients`. */
interface TapeEngine {
  state: { activeTape: unknown; gradientDepth: number };
  gradients(
    f: () => tf.Tensor,
    xs: tf.Tensor[],
    dy?: tf.Tensor,
    allowNoGradients?: boolean,
  ): { value: tf.Tensor; grads: Array<tf.Tensor | undefined> };
}

/**
 * `forward(x, ...context)` under gradient checkpointing (PyTorch's `torch.utils.checkpoint`): when a
 * gradient is being recorded, none of `forward`'s intermediate tensors are kept for the backward
 * pass, only `x` and the `context` tensors (masks, positions); the backward pass runs `forward` again
 * to get the gradients of `x` and of `variables` (the trainable parameters `forward` uses; others
 * get none). Memory for a deep model's training step then holds one layer's activations instead
 * of all of them, for the price of a second forward pass. `forward` must be deterministic (no
 * dropout in training mode). Outside a gradient recording it is just `forward(x, ...context)`.
 */
export function checkpoint(
  forward: (x: tf.Tensor, ...context: tf.Tensor[]) => tf.Tensor,
  x: tf.Tensor,
  context: readonly tf.Tensor[],
  variables: readonly tf.Variable[],
): tf.Tensor {
  const engine = tf.engine() as unknown as TapeEngine;
  if (engine.state.gradientDepth === 0) return forward(x, ...context);
  const run = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const save = args.pop() as tf.GradSaveFunc;
    const [input, ...contextInputs] = args.slice(0, 1 + context.length) as tf.Tensor[];
    save([input!, ...contextInputs]);
    return {
      value: tf.tidy(() => forward(input!, ...contextInputs)),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [savedInput, ...savedContext] = saved as [tf.Tensor, ...tf.Tensor[]];
        // tfjs keeps one tape: `gradients` here would replace the one being walked back.
        const outerTape = engine.state.activeTape;
        try {
          const { value, grads } = engine.gradients(
            () => tf.sum(tf.mul(forward(savedInput, ...savedContext), dy)),
            [savedInput, ...variables],
            undefined,
            true,
          );
          value.dispose();
          // In the order of the inputs: x, the context (never differentiated), the variables.
          const zeros = (t: tf.Tensor): tf.Tensor => tf.zeros(t.shape, 'float32');
          return [
            grads[0] ?? zeros(savedInput),
            ...savedContext.map(zeros),
            ...variables.map((variable, i) => grads[i + 1] ?? zeros(variable)),
          ];
        } finally {
          engine.state.activeTape = outerTape;
        }
      },
    };
  });
  // The variables are inputs, so the recorded gradient reaches them; the context is passed through
  // to be kept (zero gradients).
  return run(x, ...context, ...variables);
}
