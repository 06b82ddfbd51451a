/**
 * The TensorFlow.js namespace deltahub computes with. `@tensorflow/tfjs-core` holds the ops; the
 * `@tensorflow/tfjs` bundle is imported for one side effect: it registers the gradient functions,
 * which tfjs-core's Node build leaves out (its `register_all_gradients` is extension-less ESM that
 * Node cannot import directly). Without them no training step can run.
 */
import '@tensorflow/tfjs';
import * as tf from '@tensorflow/tfjs-core';

export { tf };
