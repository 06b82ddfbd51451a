import { DeltahubError } from '@deltahub/core';

/**
 * Stable codes of {@link PeftError}:
 *
 * - `PEFT_NOT_FOUND`: no folder, or it lacks `adapter_config.json` / `adapter_model.safetensors`.
 * - `PEFT_BAD_CONFIG`: `adapter_config.json` is not JSON, or a field is missing or has a wrong
 *   value; the message names the field (`$.r`) and the file.
 * - `PEFT_UNSUPPORTED_METHOD`: a `peft_type` deltahub cannot load (LOHA, ADALORA...), or a deltahub
 *   method PEFT has no equivalent of (adapter, bitfit...) on export; the message says what to use.
 * - `PEFT_UNSUPPORTED_OPTION`: a valid PEFT option deltahub cannot reproduce (seq2seq prompts,
 *   `layers_pattern`...), or a deltahub option PEFT cannot express (LoRA dropout per module...).
 * - `PEFT_WEIGHTS_INVALID`: `adapter_model.safetensors` is not a valid safetensors file.
 * - `PEFT_KEYS_MISMATCH`: the tensors do not fit the backbone: modules it lacks, tensors the config
 *   does not explain, missing tensors, wrong shapes. The message lists them.
 * - `PEFT_FOLDER_EXISTS`: `savePeft` target exists and is not empty.
 * - `PEFT_MERGED_WEIGHTS`: `savePeft` of a merged delta would save a backbone weight the merge
 *   changed (a target listed in `modulesToSave`); the message names it. `unmerge()` first.
 */
export type PeftErrorCode =
  | 'PEFT_NOT_FOUND'
  | 'PEFT_BAD_CONFIG'
  | 'PEFT_UNSUPPORTED_METHOD'
  | 'PEFT_UNSUPPORTED_OPTION'
  | 'PEFT_WEIGHTS_INVALID'
  | 'PEFT_KEYS_MISMATCH'
  | 'PEFT_FOLDER_EXISTS'
  | 'PEFT_MERGED_WEIGHTS';

/** A PEFT adapter could not be imported or exported. `path` is the file or folder concerned. */
export class PeftError extends DeltahubError {
  declare readonly code: PeftErrorCode;
  readonly path: string | undefined;

  constructor(code: PeftErrorCode, message: string, options?: { cause?: unknown; path?: string }) {
    super(code, message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.path = options?.path;
  }
}
