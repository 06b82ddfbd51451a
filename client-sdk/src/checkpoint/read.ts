import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { structureFingerprintOf } from '@deltahub/core';
import {
  DELTA_CONFIG_FILE,
  DELTA_WEIGHTS_FILE,
  DeltaConfigError,
  checkDeltaConfig,
  type DeltaConfig,
  type DeltaConfigIssue,
} from '@deltahub/core/checkpoint';
import { SafetensorsError, loadSafetensorsFile, type TensorData } from '@deltahub/core/safetensors';
import { DeltaCheckpointError } from './errors.js';

/** A delta checkpoint folder read and validated, not yet applied to a backbone. */
export interface DeltaCheckpoint {
  /** Absolute path of the folder. */
  readonly folder: string;
  readonly config: DeltaConfig;
  /** Unknown (newer) fields of `delta_config.json`, tolerated. */
  readonly warnings: readonly DeltaConfigIssue[];
  /** The tensors of `delta.safetensors` by name. */
  readonly tensors: ReadonlyMap<string, TensorData>;
}

/**
 * Reads `delta_config.json` and `delta.safetensors` from a checkpoint folder. Typed errors:
 * `DELTA_CHECKPOINT_INCOMPLETE` (a file is missing), `DELTA_CONFIG_INVALID` (`DeltaConfigError`: not
 * JSON, fails the schema, a newer `formatVersion`, or a parameter listing that does not match the
 * structure fingerprint), `DELTA_WEIGHTS_INVALID` (not a valid safetensors file; `cause` is the
 * `SafetensorsError`).
 */
export async function readDeltaCheckpoint(folder: string): Promise<DeltaCheckpoint> {
  const configPath = join(folder, DELTA_CONFIG_FILE);
  const text = await readFile(configPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw missingFile(error, folder, DELTA_CONFIG_FILE);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DeltaConfigError([{ path: '$', message: `is not valid JSON (${(error as Error).message})` }]);
  }
  const { config, warnings } = checkDeltaConfig(json);
  const listing = config.backbone.parameters;
  if (listing && structureFingerprintOf(listing) !== config.backbone.structureFingerprint) {
    throw new DeltaConfigError([
      { path: '$.backbone.parameters', message: 'does not hash to $.backbone.structureFingerprint' },
    ]);
  }
  const weightsPath = join(folder, DELTA_WEIGHTS_FILE);
  let tensors: Map<string, TensorData>;
  try {
    tensors = (await loadSafetensorsFile(weightsPath)).tensors;
  } catch (error) {
    if (error instanceof SafetensorsError) {
      throw new DeltaCheckpointError(
        'DELTA_WEIGHTS_INVALID',
        `${weightsPath} is not a valid safetensors file (${error.code}): ${error.message}`,
        { path: weightsPath, cause: error },
      );
    }
    throw missingFile(error as NodeJS.ErrnoException, folder, DELTA_WEIGHTS_FILE);
  }
  return { folder, config, warnings, tensors };
}

function missingFile(error: NodeJS.ErrnoException, folder: string, file: string): Error {
  if (error.code !== 'ENOENT') return error;
  return new DeltaCheckpointError(
    'DELTA_CHECKPOINT_INCOMPLETE',
    `${folder} is not a complete delta checkpoint: it has no ${file}.`,
    { path: join(folder, file), cause: error },
  );
}
