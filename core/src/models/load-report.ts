/** What `fromPretrained` found when matching checkpoint keys to the model. */
export interface LoadReport {
  /** Model keys absent from the checkpoint (tied aliases excluded); these were freshly initialised. */
  readonly missingKeys: string[];
  /** Checkpoint keys the model has no place for (ignored keys excluded). */
  readonly unexpectedKeys: string[];
  /** How checkpoint keys were renamed: `'added'` or `'removed'` the base-model prefix, or `'none'`. */
  readonly prefixAdjustment: 'added' | 'removed' | 'none';
  /** Files the tensors were read from. */
  readonly files: string[];
}
