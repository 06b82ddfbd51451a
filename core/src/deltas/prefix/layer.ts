import { ActivationModule } from '../../nn/activation-module.js';
import { ModuleList } from '../../nn/containers.js';
import { Dropout } from '../../nn/dropout.js';
import { Embedding } from '../../nn/embedding.js';
import { normalParameter } from '../../nn/init.js';
import { Linear, linearForward } from '../../nn/linear.js';
import { Module, type Parameter } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import { distinguishWhenHidden, showWhenEmpty } from '../../visualization/structure-graph.js';
import type { PrefixKeyValueTensors, PrefixTarget } from './targets.js';

/** One attention's prefix before it is split into heads: `[p, heads·headDim]` keys and values. */
export interface FlatPrefix {
  readonly key: tf.Tensor2D;
  readonly value: tf.Tensor2D;
}

/**
 * The prefix of one attention module, OpenDelta's `PrefixLayer<Arch>` (registered as `prefix` under
 * the attention). Without reparameterisation it owns `past_key` and `past_value` `[p, heads·headDim]`
 * (N(0, 1), as OpenDelta's `torch.randn`); with it, it owns nothing and reads its slice of the shared
 * {@link ReparameterizeFunction}'s output. `call(batch)` gives `[batch, heads, p, headDim]` keys and
 * values: each row of `p` split into heads, as OpenDelta's `reshape(p, heads, -1).transpose(0, 1)`.
 */
export class PrefixLayer extends Module<[number], PrefixKeyValueTensors> {
  readonly family: string;
  readonly numHeads: number;
  readonly headDim: number;
  #reparams: { module: ReparameterizeFunction; index: number } | undefined;

  constructor(
    readonly prefixTokenNum: number,
    target: PrefixTarget,
    options: { direct: boolean },
  ) {
    super();
    this.family = target.family;
    this.numHeads = target.numHeads;
    this.headDim = target.headDim;
    // OpenDelta's graph keeps a parameter-less prefix layer from folding its attention with an
    // unmodified sibling (BART's `self_attn` vs `encoder_attn`).
    distinguishWhenHidden(this);
    if (options.direct) {
      this.registerParameter('past_key', normalParameter([prefixTokenNum, this.hiddenDim], 1));
      this.registerParameter('past_value', normalParameter([prefixTokenNum, this.hiddenDim], 1));
    }
  }

  override get typeName(): string {
    return `PrefixLayer${this.family}`;
  }

  /** Width of the keys and values of the attention: heads × headDim. */
  get hiddenDim(): number {
    return this.numHeads * this.headDim;
  }

  /** Makes this layer read its prefix from `module`'s output slice `index`. */
  useReparameterization(module: ReparameterizeFunction, index: number): void {
    this.#reparams = { module, index };
  }

  /** Keys and values `[p, heads·headDim]`, before the split into heads. */
  flatKeyValue(): FlatPrefix {
    if (this.#reparams) return this.#reparams.module.keyValueFor(this.#reparams.index);
    return {
      key: this.ownParameter('past_key') as tf.Tensor2D,
      value: this.ownParameter('past_value') as tf.Tensor2D,
    };
  }

  forward(batch: number): PrefixKeyValueTensors {
    return tf.tidy(() => {
      const { key, value } = this.flatKeyValue();
      const split = (x: tf.Tensor2D): tf.Tensor4D => {
        const heads = x.reshape([this.prefixTokenNum, this.numHeads, this.headDim]).transpose([1, 0, 2]);
        return tf.broadcastTo(heads.expandDims(0), [batch, this.numHeads, this.prefixTokenNum, this.headDim]);
      };
      return { key: split(key), value: split(value) };
    });
  }
}

/** PyTorch's `nn.Sequential` for the reparameterisation MLP: children `0`, `1`, `2` applied in order. */
class Sequential extends Module<[tf.Tensor], tf.Tensor> {
  constructor(layers: Module[]) {
    super();
    layers.forEach((layer, i) => this.registerModule(String(i), layer));
  }

  override get typeName(): string {
    return 'Sequential';
  }

  forward(x: tf.Tensor): tf.Tensor {
    return this.children().reduce((h, layer) => layer.call(h) as tf.Tensor, x);
  }
}

/**
 * OpenDelta's `ReparameterizeFunction` (registered as `reparams` under the first modified attention):
 * one MLP shared by every prefix layer, `control_trans(wte(input_tokens))` with `control_trans` =
 * Linear(embedDim, midDim) → tanh → Linear(midDim, Σ 2·hidden), giving `[p, Σ 2·hidden]`. Layer `m`'s
 * columns are its keys then its values (OpenDelta's `view(p, 2·layers, hidden)` then `split(2)`).
 *
 * `input_tokens` (`arange(p)`) is an int32 parameter that is never trainable, as OpenDelta's
 * `nn.Parameter(..., requires_grad=False)`: it counts in the parameter totals and shows in the
 * structure graph, but a `setStateDict` save (trainable tensors only) leaves it out.
 */
export class ReparameterizeFunction extends Module<[], tf.Tensor2D> {
  readonly wte: Embedding;
  readonly controlTrans: Module<[tf.Tensor], tf.Tensor>;
  readonly dropout: Dropout;
  /** Column offset of each layer's `[key | value]` block in the MLP output. */
  readonly #offsets: number[] = [];
  readonly #widths: number[] = [];

  constructor(
    readonly prefixTokenNum: number,
    readonly embedDim: number,
    readonly midDim: number,
    layers: readonly PrefixLayer[],
  ) {
    super();
    this.registerParameter('input_tokens', tf.variable(tf.range(0, prefixTokenNum, 1, 'int32'), false));
    // OpenDelta keeps the prefix layers in `module_list`; its graph shows the (parameter-less) list.
    const moduleList = this.registerModule('module_list', new ModuleList(layers));
    showWhenEmpty(moduleList);
    this.dropout = this.registerModule('dropout', new Dropout(0));
    this.wte = this.registerModule('wte', new Embedding(prefixTokenNum, embedDim));
    let total = 0;
    layers.forEach((layer, index) => {
      this.#offsets.push(total);
      this.#widths.push(2 * layer.hiddenDim);
      total += 2 * layer.hiddenDim;
      layer.useReparameterization(this, index);
    });
    this.controlTrans = this.registerModule(
      'control_trans',
      new Sequential([new Linear(embedDim, midDim), new ActivationModule('tanh'), new Linear(midDim, total)]),
    );
  }

  /** The `arange(p)` index tensor (int32, never trainable). */
  get inputTokens(): Parameter {
    return this.ownParameter('input_tokens');
  }

  /** Every layer's keys and values, `[p, Σ 2·hidden]` (OpenDelta's `allocate_parameter`). */
  forward(): tf.Tensor2D {
    return tf.tidy(
      () => this.dropout.call(this.controlTrans.call(this.wte.call(this.inputTokens))) as tf.Tensor2D,
    );
  }

  /**
   * Layer `index`'s keys and values `[p, hidden]`. Only that layer's rows of the last projection are
   * multiplied, so the layers together cost one full MLP pass instead of one each; the values equal
   * the matching columns of {@link ReparameterizeFunction.forward}.
   */
  keyValueFor(index: number): FlatPrefix {
    return tf.tidy(() => {
      const [first, activation, last] = this.controlTrans.children() as [Linear, Module, Linear];
      const hidden = activation.call(first.call(this.wte.call(this.inputTokens))) as tf.Tensor2D;
      const offset = this.#offsets[index]!;
      const width = this.#widths[index]!;
      const weight = tf.slice(last.weight, [offset, 0], [width, this.midDim]);
      const bias = last.bias ? tf.slice(last.bias, [offset], [width]) : undefined;
      const out = this.dropout.call(linearForward(hidden, weight, bias)) as tf.Tensor2D;
      const [key, value] = tf.split(out, 2, 1) as [tf.Tensor2D, tf.Tensor2D];
      return { key, value };
    });
  }
}
