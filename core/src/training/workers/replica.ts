import { AutoDeltaModel } from '../../deltas/auto.js';
import type { DeltaModel } from '../../deltas/base/delta-model.js';
import { registeredArchitectures, type PretrainedModelClass } from '../../models/registry.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import type { Parameter } from '../../nn/module.js';
import { withoutRandomInit } from '../../nn/init.js';
import { tf } from '../../runtime/tf.js';
import { TrainerError } from '../errors.js';
import type { TrainableModel } from '../trainer.js';
import type { ReplicaSpec } from './protocol.js';

/**
 * What a worker needs to rebuild `model` with `delta` attached: the model's registered class and
 * config, the delta's config, and every parameter's value in one shared buffer (read, not copied,
 * by the workers before they load it into their own backend).
 */
export function replicaSpecOf(
  model: TrainableModel,
  delta: DeltaModel | undefined,
  backend: string,
): ReplicaSpec {
  const modelClass = model.constructor as Partial<PretrainedModelClass>;
  const config = (model as unknown as Partial<PreTrainedModel>).config;
  const entry = modelClass.modelType ? registeredArchitectures().get(modelClass.modelType) : undefined;
  if (!config || !entry || entry.classes[modelClass.name!] !== modelClass) {
    throw new TrainerError(
      'TRAINER_BAD_ARGS',
      `workers > 1 needs a registered model class (BertForSequenceClassification...) to build replicas from; got ${model.constructor.name}.`,
    );
  }
  const named = [...model.namedParameters()];
  const total = named.reduce((n, [, p]) => n + p.size, 0);
  const weights = new SharedArrayBuffer(total * 4);
  const parameters: ReplicaSpec['parameters'] = [];
  let offset = 0;
  for (const [name, p] of named) {
    const dtype = p.dtype === 'int32' ? 'int32' : 'float32';
    const view =
      dtype === 'int32'
        ? new Int32Array(weights, offset * 4, p.size)
        : new Float32Array(weights, offset * 4, p.size);
    view.set(p.dataSync() as Int32Array | Float32Array);
    parameters.push({ name, dtype, shape: [...p.shape], offset, trainable: p.trainable });
    offset += p.size;
  }
  let deltaConfig: ReplicaSpec['delta'];
  if (delta) {
    const { deltaType, modifiedModules, excludeModules, unfrozenModules, hyperparameters } =
      delta.toDeltaConfig();
    deltaConfig = {
      deltaType,
      modifiedModules: modifiedModules.given,
      excludeModules,
      unfrozenModules,
      hyperparameters,
    };
  }
  return {
    modelType: modelClass.modelType!,
    className: modelClass.name!,
    config,
    delta: deltaConfig,
    parameters,
    weights,
    backend,
  };
}

/**
 * Builds the replica a spec describes: the same class, config and delta, every parameter set to the
 * shared values and trainable as in the original. Returns the model and its trainable parameters in
 * the original's `namedParameters()` order.
 */
export function buildReplica(spec: ReplicaSpec): { model: TrainableModel; trainable: Parameter[] } {
  const modelClass = registeredArchitectures().get(spec.modelType)?.classes[spec.className];
  if (!modelClass) throw new TrainerError('TRAINER_BAD_ARGS', `No registered model class ${spec.className}.`);
  const model = withoutRandomInit(() => new modelClass(spec.config));
  if (spec.delta) AutoDeltaModel.fromConfig(spec.delta, { backboneModel: model });
  const byName = new Map(model.namedParameters());
  const trainable: Parameter[] = [];
  for (const { name, dtype, shape, offset, trainable: isTrainable } of spec.parameters) {
    const p = byName.get(name);
    if (!p || p.shape.join() !== shape.join()) {
      throw new TrainerError(
        'TRAINER_BAD_ARGS',
        `The replica does not match the model at parameter '${name}'.`,
      );
    }
    const size = shape.reduce((a, b) => a * b, 1);
    const values =
      dtype === 'int32'
        ? new Int32Array(spec.weights, offset * 4, size)
        : new Float32Array(spec.weights, offset * 4, size);
    p.assign(tf.tensor(values.slice(), shape, dtype));
    p.trainable = isTrainable;
    if (isTrainable) trainable.push(p);
  }
  return { model: model as unknown as TrainableModel, trainable };
}
