/**
 * Every built-in delta method, imported for its registration (each folder's `index.ts` calls
 * `registerDeltaMethod`), so `AutoDeltaModel` knows them all wherever it is imported from.
 */
import './lora/index.js';
import './adapter/index.js';
import './bitfit/index.js';
import './prefix/index.js';
import './soft-prompt/index.js';
import './compacter/index.js';
import './low-rank-adapter/index.js';
import './parallel-adapter/index.js';
import './ia3/index.js';
