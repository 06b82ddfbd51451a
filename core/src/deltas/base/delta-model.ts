import { DeltahubError } from '../../errors.js';
import type { HookHandle, LoadStateDictResult, Module, Parameter, StateDict } from '../../nn/module.js';
import type { tf } from '../../runtime/tf.js';
import type { DeltaType } from '../../checkpoint/format.js';
import { PreTrainedModel } from '../../models/pretrained-model.js';
import { parameterMatches, resolveModules } from './addressing.js';
import { commonStructure, type CommonStructure } from './common-structure.js';
import { loadDeltaStateDict } from './delta-state-dict.js';
import { Visualization } from '../../visualization/visualization.js';
import {
  deltaPersistence,
  type DeltaPersistenceOptions,
  type DeltaPersistenceResult,
} from './persistence.js';

/** The delta methods, by the `deltaType` their checkpoints record (one list, in the checkpoint format). */
export type { DeltaType } from '../../checkpoint/format.js';
export {
  registerDeltaPersistence,
  type DeltaPersistence,
  type DeltaPersistenceOperation,
  type DeltaPersistenceOptions,
  type DeltaPersistenceResult,
  type DeltaPersistenceTypes,
} from './persistence.js';

/** Options every delta method accepts (OpenDelta's names, in camelCase). */
export interface DeltaModelOptions {
  /** The model to modify; usually loaded with `fromPretrained`. */
  backboneModel: Module;
  /** Name patterns of the modules to modify; defaults to the method's placement for the architecture. */
  modifiedModules?: string[];
  /** Name patterns never modified, even when `modifiedModules` matches them. */
  excludeModules?: string[];
  /** Default `exclude` of {@link DeltaModel.freezeModule}: what stays trainable. */
  unfrozenModules?: string[];
}

/** What one delta adds to one target module. */
export interface DeltaAttachment {
  /** Modules registered as children of the target while attached (`lora`, `adapter`...). */
  readonly children: ReadonlyArray<readonly [string, Module]>;
  /** Existing backbone parameters that belong to the delta (BitFit's biases). */
  readonly markedParameters?: readonly Parameter[];
  /** Installs the delta's hooks; the handles undo them on detach. */
  install(): HookHandle[];
}

/** The reserved `freezeModule` exclusion for every parameter a delta created or marked. */
export const DELTAS_KEYWORD = 'deltas';

/** The deltas attached to each backbone, so one delta's report can count the others (OpenDelta's `_is_delta`). */
const attachedDeltas = new WeakMap<Module, Set<DeltaModel>>();

/**
 * Base of every delta method. A subclass declares its default placement and how to modify one
 * module; the base resolves names, attaches and detaches, freezes, and reports. Deltas live as child
 * modules of their targets, so their parameters are named under them
 * (`encoder.layer.0.attention.self.query.lora.lora_A`) exactly as OpenDelta names them.
 */
export abstract class DeltaModel {
  /** The method, as recorded in `delta_config.json`. */
  abstract readonly deltaType: DeltaType;

  readonly backboneModel: Module;
  /** The patterns used: as given, or the method's default placement in real module names. */
  readonly modifiedModules: readonly string[];
  readonly excludeModules: readonly string[];
  readonly unfrozenModules: readonly string[];
  /** Whether `modifiedModules` came from the default placement. */
  readonly usesDefaultPlacement: boolean;

  #resolvedModules: string[] = [];
  #attachments: Array<{ target: Module; attachment: DeltaAttachment }> = [];
  #handles: HookHandle[] = [];
  #attached = false;
  #stateDictHook: HookHandle | undefined;

  protected constructor(options: DeltaModelOptions) {
    if (!options.backboneModel) {
      throw new DeltahubError('DELTA_OPTIONS_INVALID', 'backboneModel is required.');
    }
    this.backboneModel = options.backboneModel;
    this.usesDefaultPlacement = options.modifiedModules === undefined;
    this.modifiedModules = options.modifiedModules ?? [];
    this.excludeModules = options.excludeModules ?? [];
    this.unfrozenModules = options.unfrozenModules ?? [DELTAS_KEYWORD];
  }

  /** The architecture of the backbone (`bert`, `gpt2`...), from its config. */
  get modelType(): string | undefined {
    return this.backboneModel instanceof PreTrainedModel ? this.backboneModel.config.model_type : undefined;
  }

  /** The method's default placement for an architecture, as real module-name patterns. */
  protected abstract defaultModifiedModules(structure: CommonStructure): string[];

  /** Builds the delta for one target module. */
  protected abstract createDelta(target: Module, name: string): DeltaAttachment;

  /** The method's hyperparameters in camelCase, as saved in `delta_config.json`. */
  abstract hyperparameters(): Record<string, unknown>;

  /**
   * Resolves the targets, builds and attaches every delta. Subclasses call this at the end of their
   * constructor, once their hyperparameters are set.
   */
  protected applyDeltas(): void {
    let patterns = this.modifiedModules;
    if (this.usesDefaultPlacement) {
      const modelType = this.modelType;
      if (!modelType) {
        throw new DeltahubError(
          'NO_DEFAULT_PLACEMENT',
          'The backbone has no config.model_type, so there is no default placement: pass modifiedModules.',
        );
      }
      patterns = this.defaultModifiedModules(commonStructure(modelType));
      (this as { modifiedModules: readonly string[] }).modifiedModules = patterns;
    }
    this.#resolvedModules = this.resolveTargets(patterns);
    this.#attachments = this.buildAttachments(this.#resolvedModules);
    this.attach();
  }

  /**
   * What rebuilds this delta through `AutoDeltaModel.fromConfig`: method, placement (as used, plus
   * the resolved full names for readers) and hyperparameters.
   */
  toDeltaConfig(): {
    deltaType: DeltaType;
    modifiedModules: string[];
    resolvedModules: string[];
    excludeModules: string[];
    unfrozenModules: string[];
    hyperparameters: Record<string, unknown>;
  } {
    return {
      deltaType: this.deltaType,
      modifiedModules: [...this.modifiedModules],
      resolvedModules: [...this.#resolvedModules],
      excludeModules: [...this.excludeModules],
      unfrozenModules: [...this.unfrozenModules],
      hyperparameters: this.hyperparameters(),
    };
  }

  /** Resolves patterns to module names; methods whose targets are not modules override this. */
  protected resolveTargets(patterns: readonly string[]): string[] {
    return resolveModules(this.backboneModel, patterns, this.excludeModules);
  }

  /** Builds one attachment per target; methods that pair targets override this. */
  protected buildAttachments(
    names: readonly string[],
  ): Array<{ target: Module; attachment: DeltaAttachment }> {
    return names.map((name) => {
      const target = this.backboneModel.getSubmodule(name);
      return { target, attachment: this.createDelta(target, name) };
    });
  }

  /** Full names of the modules this delta modified. */
  get resolvedModules(): readonly string[] {
    return this.#resolvedModules;
  }

  /** Whether the delta currently takes part in the backbone's forward. */
  get isAttached(): boolean {
    return this.#attached;
  }

  /** Puts the delta (back) into the backbone. Deltas stacked on one module run in attach order. */
  attach(): void {
    if (this.#attached) return;
    for (const { target, attachment } of this.#attachments) {
      for (const [name, child] of attachment.children) {
        if (target.children().includes(child)) continue;
        if ([...target.namedChildren()].some(([existing]) => existing === name)) {
          throw new DeltahubError(
            'DELTA_NAME_TAKEN',
            `${target.typeName} already has a child '${name}': another delta of the same kind is attached there.`,
          );
        }
        target.registerModule(name, child);
      }
    }
    for (const { attachment } of this.#attachments) this.#handles.push(...attachment.install());
    this.#attached = true;
    const deltas = attachedDeltas.get(this.backboneModel) ?? new Set<DeltaModel>();
    attachedDeltas.set(this.backboneModel, deltas.add(this));
  }

  /** Takes the delta out of the backbone; the backbone computes as before attaching. */
  detach(): void {
    if (!this.#attached) return;
    for (const handle of this.#handles.splice(0).reverse()) handle.remove();
    for (const { target, attachment } of this.#attachments) {
      for (const [name] of attachment.children) target.removeModule(name);
    }
    this.#attached = false;
    attachedDeltas.get(this.backboneModel)?.delete(this);
  }

  /** Every parameter this delta created or marked, each once. */
  deltaParameters(): Parameter[] {
    const parameters = new Set<Parameter>();
    for (const { attachment } of this.#attachments) {
      for (const [, child] of attachment.children) for (const p of child.parameters()) parameters.add(p);
      for (const p of attachment.markedParameters ?? []) parameters.add(p);
    }
    return [...parameters];
  }

  /**
   * Every delta parameter in the backbone, each once: this delta's and those of every other delta
   * attached to the same `backboneModel` (stacked deltas), as OpenDelta's `log()` counts parameters
   * marked `_is_delta`. A detached delta's parameters are not in the backbone, so they do not count.
   */
  backboneDeltaParameters(): Parameter[] {
    const inBackbone = new Set(this.backboneModel.parameters());
    const all = new Set<Parameter>();
    for (const delta of [this, ...(attachedDeltas.get(this.backboneModel) ?? [])])
      for (const p of delta.deltaParameters()) if (inBackbone.has(p)) all.add(p);
    return [...all];
  }

  /**
   * Makes every backbone parameter untrainable except those `exclude` names: `'deltas'` for every
   * delta parameter, other entries as module or parameter name patterns (`layernorm_embedding`,
   * `bias`). With `setStateDict`, the backbone's `stateDict()` returns only the trainable tensors,
   * so saving it saves just the delta.
   */
  freezeModule(options: { exclude?: string[]; setStateDict?: boolean } = {}): void {
    const exclude = options.exclude ?? [...this.unfrozenModules];
    const deltas = new Set(this.deltaParameters());
    const patterns = exclude.filter((e) => e !== DELTAS_KEYWORD);
    const keepDeltas = exclude.includes(DELTAS_KEYWORD);
    for (const [name, parameter] of this.backboneModel.namedParameters()) {
      parameter.trainable =
        (keepDeltas && deltas.has(parameter)) || patterns.some((p) => parameterMatches(name, p));
    }
    this.#stateDictHook?.remove();
    this.#stateDictHook = undefined;
    if (options.setStateDict) {
      this.#stateDictHook = this.backboneModel.registerStateDictHook(onlyTrainable);
    }
  }

  /**
   * Loads this delta's weights from a state dict keyed by backbone names (what a `setStateDict`
   * save holds, OpenDelta's included), strictly: keys the backbone lacks, trainable delta
   * parameters the dict lacks, or shape differences throw `DELTA_STATE_DICT_MISMATCH` naming the
   * first of them, and nothing is loaded. A non-strict `backboneModel.loadStateDict` would skip
   * misnamed keys and leave the delta at its random initialisation.
   */
  loadDeltaStateDict(dict: Readonly<Record<string, tf.Tensor>>): LoadStateDictResult {
    return loadDeltaStateDict(this.backboneModel, this.deltaParameters(), dict);
  }

  /** The variables a tfjs optimizer should update. */
  trainableVariables(): Parameter[] {
    return this.backboneModel.trainableVariables();
  }

  /**
   * Prints and returns the backbone's structure graph after modification, each line marked
   * `[delta]`, `[trainable]` or `[frozen]`, then the trainable and delta parameter ratios. As in
   * OpenDelta, `[delta]` and the delta ratio cover every delta attached to the backbone
   * ({@link backboneDeltaParameters}), not only this one (see {@link parameterCounts} for its own).
   */
  log(options: { print?: boolean } = {}): string {
    const print = options.print ?? true;
    const deltaParameters = this.backboneDeltaParameters();
    const visualization = new Visualization(this.backboneModel, new Set(deltaParameters));
    const graph = visualization.structureGraph({ print });
    const { trainable, total } = this.parameterCounts();
    const delta = deltaParameters.reduce((n, p) => n + p.size, 0);
    const ratios = `Trainable Ratio: ${formatRatio(trainable, total)}\nDelta Parameter Ratio: ${formatRatio(delta, total)}`;
    if (print) console.log(ratios);
    return `${graph}\n${ratios}`;
  }

  /**
   * Parameter counts: trainable, this delta's own parameters, and total (every parameter once, deltas
   * included).
   */
  parameterCounts(): { trainable: number; delta: number; total: number } {
    return {
      trainable: this.backboneModel.numParameters({ trainableOnly: true }),
      delta: this.deltaParameters().reduce((n, p) => n + p.size, 0),
      total: this.backboneModel.numParameters(),
    };
  }

  /**
   * Saves this delta as a checkpoint folder: `delta.safetensors`, `delta_config.json`, `README.md`;
   * the folder appears complete or not at all. Implemented by the `deltahub` package (its
   * `saveFinetuned`); `PERSISTENCE_NOT_REGISTERED` without it.
   */
  async saveFinetuned(
    dir: string,
    options?: DeltaPersistenceOptions<'saveFinetuned'>,
  ): Promise<DeltaPersistenceResult<'saveFinetuned'>> {
    return deltaPersistence('saveFinetuned').saveFinetuned(this, dir, options);
  }

  /**
   * Saves this delta to a temporary folder and pushes it to the hub repo `owner/name` (created on
   * first push; only blobs the hub lacks upload). Returns `{ url, revision, ... }`. Implemented by
   * the `deltahub` package (its `pushToHub`); `PERSISTENCE_NOT_REGISTERED` without it.
   */
  async pushToHub(
    repo: string,
    options?: DeltaPersistenceOptions<'pushToHub'>,
  ): Promise<DeltaPersistenceResult<'pushToHub'>> {
    return deltaPersistence('pushToHub').pushToHub(this, repo, options);
  }

  /**
   * Saves this delta as a Hugging Face PEFT adapter folder (`adapter_config.json`,
   * `adapter_model.safetensors`, `README.md`) for LoRA, IA3, soft prompts and prefixes; other
   * methods throw `PEFT_UNSUPPORTED_METHOD`. Implemented by the `deltahub` package (its `savePeft`);
   * `PERSISTENCE_NOT_REGISTERED` without it.
   */
  async savePeft(
    dir: string,
    options?: DeltaPersistenceOptions<'savePeft'>,
  ): Promise<DeltaPersistenceResult<'savePeft'>> {
    return deltaPersistence('savePeft').savePeft(this, dir, options);
  }
}

/** `<part>/<whole>=<percent with 6 decimals>%`, OpenDelta's ratio format. */
export function formatRatio(part: number, whole: number): string {
  return `${part}/${whole}=${((part / whole) * 100).toFixed(6)}%`;
}

function onlyTrainable(dict: StateDict): StateDict {
  return Object.fromEntries(Object.entries(dict).filter(([, t]) => (t as Parameter).trainable === true));
}
