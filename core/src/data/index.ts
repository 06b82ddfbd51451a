export {
  dataCollatorForTokenClassification,
  dataCollatorWithPadding,
  type DataCollator,
} from './collators/classification.js';
export { IGNORE_INDEX, type Batch, type PaddingCollatorOptions } from './collators/features.js';
export {
  dataCollatorForLanguageModeling,
  dataCollatorForSeq2Seq,
  type LanguageModelingCollatorOptions,
  type Seq2SeqCollatorOptions,
} from './collators/language-modeling.js';
export { Dataset, type ColumnBatch, type MapOptions } from './dataset.js';
export { DatasetError } from './errors.js';
export { loadDataset, type DatasetFormat, type LoadDatasetOptions } from './load-dataset.js';
export type { Row, RowSource } from './row-source.js';
