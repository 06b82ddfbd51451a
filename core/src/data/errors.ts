import { DeltahubError } from '../errors.js';

/**
 * A dataset that cannot be read or used as asked. Codes: `DATASET_NOT_FOUND`, `DATASET_UNSUPPORTED_FORMAT`,
 * `DATASET_BAD_ROW` (a row that does not parse; the message names the file and line), `DATASET_MISSING_COLUMN`,
 * `DATASET_BAD_ARGUMENT` (an index out of range, a bad split size...), `DATASET_MAP_INVALID` (a map
 * function's result has the wrong shape).
 */
export class DatasetError extends DeltahubError {}
