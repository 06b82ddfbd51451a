/** LoRA hyperparameters, OpenDelta's names in camelCase plus PEFT's extras. */
export interface LoraConfig {
  /** Rank r of the update (OpenDelta `lora_r`, default 8). */
  loraR: number;
  /** Scaling numerator (default 16): the update is multiplied by alpha/r, or alpha/√r with rsLoRA. */
  loraAlpha: number;
  /** Dropout on the LoRA branch's input (default 0). */
  loraDropout: number;
  /** rsLoRA: scale by alpha/√r (PEFT `use_rslora`), stable at high ranks. */
  useRslora: boolean;
}

/** OpenDelta's defaults. */
export const LORA_DEFAULTS: LoraConfig = { loraR: 8, loraAlpha: 16, loraDropout: 0, useRslora: false };

/** The factor applied to the low-rank product. */
export function loraScaling(config: Pick<LoraConfig, 'loraAlpha' | 'useRslora'>, r: number): number {
  return config.useRslora ? config.loraAlpha / Math.sqrt(r) : config.loraAlpha / r;
}
