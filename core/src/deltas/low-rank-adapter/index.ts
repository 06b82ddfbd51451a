import { registerDeltaMethod } from '../registry.js';
import { LowRankAdapterModel } from './model.js';

export {
  LOW_RANK_ADAPTER_DEFAULTS,
  resolveLowRankAdapterConfig,
  validateLowRankAdapterConfig,
  type FactorInit,
  type LowRankAdapterConfig,
} from './config.js';
export { LowRankAdapter, LowRankAdapterLinear } from './layer.js';
export { LowRankAdapterModel, type LowRankAdapterModelOptions } from './model.js';

registerDeltaMethod({ deltaType: 'low_rank_adapter', create: (options) => new LowRankAdapterModel(options) });
