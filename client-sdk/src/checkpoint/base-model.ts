import { DeltahubError, PreTrainedModel, type Module } from '@deltahub/core';
import { hubModelIdOrUndefined, isHubModelId } from '@deltahub/core/checkpoint';

/** Where {@link baseModelOf} found the backbone's hub id. */
export type BaseModelSource = 'option' | 'hub' | 'config';

/** The backbone's hub id and where it came from. */
export interface BaseModel {
  id: string;
  source: BaseModelSource;
}

/**
 * The hub id a delta records as its backbone (`delta_config.json`'s `backbone.nameOrPath`, the
 * card's `base_model`, PEFT's `base_model_name_or_path`), never a local path: the `baseModel`
 * option when given (it must be an id: `DELTA_OPTIONS_INVALID` otherwise); else the id the
 * backbone was downloaded from (`fromPretrained('owner/name')`); else `config.json`'s
 * `_name_or_path` when it is an id, as transformers writes it on `save_pretrained`; else undefined
 * (unknown). A backbone loaded from a folder is known by its config, not by the folder's path.
 */
export function baseModelOf(backbone: Module, explicit?: string): BaseModel | undefined {
  if (explicit !== undefined) {
    if (!isHubModelId(explicit)) {
      throw new DeltahubError(
        'DELTA_OPTIONS_INVALID',
        `baseModel must be a hub id such as 'bert-base-uncased' or 'owner/name', not ${JSON.stringify(explicit)}: a path names nothing others can fetch.`,
      );
    }
    return { id: explicit, source: 'option' };
  }
  if (!(backbone instanceof PreTrainedModel)) return undefined;
  if (backbone.hubId !== undefined && isHubModelId(backbone.hubId))
    return { id: backbone.hubId, source: 'hub' };
  const fromConfig = hubModelIdOrUndefined(backbone.config['_name_or_path']);
  return fromConfig === undefined ? undefined : { id: fromConfig, source: 'config' };
}
