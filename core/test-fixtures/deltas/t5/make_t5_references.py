"""Hand-built T5 references for OpenDelta's and PEFT's T5 deltas (deltahub issue 23).

Neither transformers, OpenDelta nor PEFT can be installed where this was written, so this script
re-implements, in PyTorch, the parts of their code these deltas go through, following the sources:

- transformers 4.32 `modeling_t5.py`: T5Model, T5Stack (masks, position bias shared from block 0),
  T5Block, T5Attention (with `past_key_value`: `real_seq_length`, `project`, `compute_bias` sliced to
  the last query rows), T5LayerNorm, T5DenseActDense (relu);
- OpenDelta (commit 067eed2) `delta_models/prefix.py` (PrefixLayerT5.pre_forward / post_forward,
  ReparameterizeFunction), `parallel_adapter.py` (pre_forward / post_forward, gelu_new), `bitfit.py`,
  with its T5 common structure (`attn@` = `block.N.layer.0`, `ff@` = the T5LayerFF, `ff@.w1@` = `wi`,
  `ff@.w2@` = `wo`);
- PEFT v0.6.2 `peft_model.py` (`get_prompt`, `PeftModelForSeq2SeqLM.forward`) for prompt and prefix
  tuning with `num_transformer_submodules` 2.

Run with Debian's python3-torch (1.13): `/usr/bin/python3 make_t5_references.py` from this folder.
It reads `../../hf-tiny/t5` (config, weights, inputs) and writes one folder per case.
"""
import json
import math
import os
import struct

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
TINY = os.path.join(HERE, '..', '..', 'hf-tiny', 't5')
FMIN = torch.finfo(torch.float32).min


# ---------------------------------------------------------------- safetensors (F32 only)
def read_safetensors(path):
    with open(path, 'rb') as f:
        n = struct.unpack('<Q', f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, info in header.items():
        if name == '__metadata__':
            continue
        assert info['dtype'] == 'F32', name
        start, end = info['data_offsets']
        out[name] = torch.frombuffer(bytearray(data[start:end]), dtype=torch.float32).reshape(info['shape']).clone()
    return out


def write_safetensors(path, tensors):
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        t = tensors[name].detach().contiguous().to(torch.float32)
        raw = t.numpy().astype('<f4').tobytes()
        header[name] = {'dtype': 'F32', 'shape': list(t.shape), 'data_offsets': [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    header['__metadata__'] = {'format': 'pt'}
    text = json.dumps(header, separators=(',', ':'))
    text += ' ' * ((8 - len(text) % 8) % 8)
    with open(path, 'wb') as f:
        f.write(struct.pack('<Q', len(text)))
        f.write(text.encode())
        for raw in blobs:
            f.write(raw)


def as_json(t):
    return {'shape': list(t.shape), 'dtype': 'float32', 'data': [float(x) for x in t.reshape(-1).tolist()]}


# ---------------------------------------------------------------- transformers 4.32 T5, eval mode
class Linear(torch.nn.Module):
    def __init__(self, w, bias=None):
        super().__init__()
        self.weight = torch.nn.Parameter(w)
        self.bias = None if bias is None else torch.nn.Parameter(bias)

    def forward(self, x):
        return F.linear(x, self.weight, self.bias)


class T5LayerNorm(torch.nn.Module):
    def __init__(self, w, eps):
        super().__init__()
        self.weight = torch.nn.Parameter(w)
        self.eps = eps

    def forward(self, h):
        variance = h.to(torch.float32).pow(2).mean(-1, keepdim=True)
        return self.weight * (h * torch.rsqrt(variance + self.eps))


def relative_position_bucket(relative_position, bidirectional, num_buckets, max_distance):
    relative_buckets = 0
    if bidirectional:
        num_buckets //= 2
        relative_buckets += (relative_position > 0).to(torch.long) * num_buckets
        relative_position = torch.abs(relative_position)
    else:
        relative_position = -torch.min(relative_position, torch.zeros_like(relative_position))
    max_exact = num_buckets // 2
    is_small = relative_position < max_exact
    large = max_exact + (
        torch.log(relative_position.float() / max_exact) / math.log(max_distance / max_exact) * (num_buckets - max_exact)
    ).to(torch.long)
    large = torch.min(large, torch.full_like(large, num_buckets - 1))
    return relative_buckets + torch.where(is_small, relative_position, large)


class T5Attention(torch.nn.Module):
    def __init__(self, sd, prefix, cfg, is_decoder, has_bias):
        super().__init__()
        for n in 'qkvo':
            setattr(self, n, Linear(sd[f'{prefix}.{n}.weight']))
        self.is_decoder, self.has_relative_attention_bias = is_decoder, has_bias
        self.n_heads, self.key_value_proj_dim = cfg['num_heads'], cfg['d_kv']
        self.num_buckets, self.max_distance = cfg['relative_attention_num_buckets'], cfg['relative_attention_max_distance']
        if has_bias:
            self.relative_attention_bias = torch.nn.Embedding(self.num_buckets, self.n_heads)
            self.relative_attention_bias.weight.data = sd[f'{prefix}.relative_attention_bias.weight']

    def compute_bias(self, query_length, key_length):
        context = torch.arange(query_length, dtype=torch.long)[:, None]
        memory = torch.arange(key_length, dtype=torch.long)[None, :]
        buckets = relative_position_bucket(memory - context, not self.is_decoder, self.num_buckets, self.max_distance)
        return self.relative_attention_bias(buckets).permute([2, 0, 1]).unsqueeze(0)

    def forward(self, hidden_states, mask=None, key_value_states=None, position_bias=None, past_key_value=None,
                query_length=None, use_cache=False):
        batch_size, seq_length = hidden_states.shape[:2]
        real_seq_length = seq_length
        if past_key_value is not None:
            real_seq_length += past_key_value[0].shape[2] if query_length is None else query_length
        key_length = real_seq_length if key_value_states is None else key_value_states.shape[1]

        def shape(s):
            return s.view(batch_size, -1, self.n_heads, self.key_value_proj_dim).transpose(1, 2)

        def project(h, proj, kv, past):
            if kv is None:
                h = shape(proj(h))
            elif past is None:
                h = shape(proj(kv))
            if past is not None:
                if kv is None:
                    h = torch.cat([past, h], dim=2)
                elif past.shape[2] != kv.shape[1]:
                    h = shape(proj(kv))
                else:
                    h = past
            return h

        query_states = shape(self.q(hidden_states))
        key_states = project(hidden_states, self.k, key_value_states, past_key_value[0] if past_key_value is not None else None)
        value_states = project(hidden_states, self.v, key_value_states, past_key_value[1] if past_key_value is not None else None)
        scores = torch.matmul(query_states, key_states.transpose(3, 2))
        if position_bias is None:
            if not self.has_relative_attention_bias:
                position_bias = torch.zeros((1, self.n_heads, real_seq_length, key_length))
            else:
                position_bias = self.compute_bias(real_seq_length, key_length)
            if past_key_value is not None:
                position_bias = position_bias[:, :, -hidden_states.size(1):, :]
            if mask is not None:
                position_bias = position_bias + mask
        scores += position_bias
        weights = F.softmax(scores.float(), dim=-1).type_as(scores)
        out = torch.matmul(weights, value_states).transpose(1, 2).contiguous().view(batch_size, -1, self.n_heads * self.key_value_proj_dim)
        out = self.o(out)
        present = (key_states, value_states) if (self.is_decoder and use_cache) else None
        return (out, present, position_bias)


class T5LayerSelfAttention(torch.nn.Module):
    def __init__(self, sd, prefix, cfg, is_decoder, has_bias):
        super().__init__()
        self.SelfAttention = T5Attention(sd, f'{prefix}.SelfAttention', cfg, is_decoder, has_bias)
        self.layer_norm = T5LayerNorm(sd[f'{prefix}.layer_norm.weight'], cfg['layer_norm_epsilon'])

    def forward(self, hidden_states, attention_mask=None, position_bias=None, past_key_value=None, use_cache=False):
        normed = self.layer_norm(hidden_states)
        out = self.SelfAttention(normed, mask=attention_mask, position_bias=position_bias, past_key_value=past_key_value, use_cache=use_cache)
        return (hidden_states + out[0],) + out[1:]


class T5LayerCrossAttention(torch.nn.Module):
    def __init__(self, sd, prefix, cfg):
        super().__init__()
        self.EncDecAttention = T5Attention(sd, f'{prefix}.EncDecAttention', cfg, True, False)
        self.layer_norm = T5LayerNorm(sd[f'{prefix}.layer_norm.weight'], cfg['layer_norm_epsilon'])

    def forward(self, hidden_states, key_value_states, attention_mask=None, position_bias=None, past_key_value=None,
                use_cache=False, query_length=None):
        normed = self.layer_norm(hidden_states)
        out = self.EncDecAttention(normed, mask=attention_mask, key_value_states=key_value_states, position_bias=position_bias,
                                   past_key_value=past_key_value, use_cache=use_cache, query_length=query_length)
        return (hidden_states + out[0],) + out[1:]


class DenseReluDense(torch.nn.Module):
    def __init__(self, sd, prefix):
        super().__init__()
        self.wi = Linear(sd[f'{prefix}.wi.weight'])
        self.wo = Linear(sd[f'{prefix}.wo.weight'])

    def forward(self, h):
        return self.wo(F.relu(self.wi(h)))


class T5LayerFF(torch.nn.Module):
    def __init__(self, sd, prefix, cfg):
        super().__init__()
        self.DenseReluDense = DenseReluDense(sd, f'{prefix}.DenseReluDense')
        self.layer_norm = T5LayerNorm(sd[f'{prefix}.layer_norm.weight'], cfg['layer_norm_epsilon'])

    def forward(self, h):
        return h + self.DenseReluDense(self.layer_norm(h))


class T5Block(torch.nn.Module):
    def __init__(self, sd, prefix, cfg, is_decoder, has_bias):
        super().__init__()
        self.is_decoder = is_decoder
        layers = [T5LayerSelfAttention(sd, f'{prefix}.layer.0', cfg, is_decoder, has_bias)]
        if is_decoder:
            layers.append(T5LayerCrossAttention(sd, f'{prefix}.layer.1', cfg))
        layers.append(T5LayerFF(sd, f'{prefix}.layer.{len(layers)}', cfg))
        self.layer = torch.nn.ModuleList(layers)

    def forward(self, h, attention_mask, position_bias, encoder_hidden_states, encoder_attention_mask,
                encoder_decoder_position_bias, past_key_value, use_cache):
        self_past = past_key_value[:2] if past_key_value is not None else None
        cross_past = past_key_value[2:] if past_key_value is not None else None
        out = self.layer[0](h, attention_mask=attention_mask, position_bias=position_bias, past_key_value=self_past, use_cache=use_cache)
        h, present = out[:2]
        attention_outputs = out[2:]
        if self.is_decoder and encoder_hidden_states is not None:
            query_length = present[0].shape[2] if present is not None else None
            cross = self.layer[1](h, key_value_states=encoder_hidden_states, attention_mask=encoder_attention_mask,
                                  position_bias=encoder_decoder_position_bias, past_key_value=cross_past,
                                  query_length=query_length, use_cache=use_cache)
            h = cross[0]
            if present is not None:
                present = present + cross[1]
            attention_outputs = attention_outputs + cross[2:]
        h = self.layer[-1](h)
        return ((h, present) + attention_outputs) if use_cache else ((h,) + attention_outputs)


class T5Stack(torch.nn.Module):
    def __init__(self, sd, prefix, cfg, embed, is_decoder):
        super().__init__()
        self.is_decoder, self.embed_tokens = is_decoder, embed
        n = cfg['num_decoder_layers'] if is_decoder else cfg['num_layers']
        self.block = torch.nn.ModuleList([T5Block(sd, f'{prefix}.block.{i}', cfg, is_decoder, i == 0) for i in range(n)])
        self.final_layer_norm = T5LayerNorm(sd[f'{prefix}.final_layer_norm.weight'], cfg['layer_norm_epsilon'])

    def forward(self, input_ids=None, attention_mask=None, inputs_embeds=None, encoder_hidden_states=None,
                encoder_attention_mask=None, past_key_values=None, use_cache=False):
        if inputs_embeds is None:
            inputs_embeds = self.embed_tokens(input_ids)
        batch_size, seq_length = inputs_embeds.shape[:2]
        mask_seq_length = past_key_values[0][0].shape[2] + seq_length if past_key_values is not None else seq_length
        if attention_mask is None:
            attention_mask = torch.ones(batch_size, mask_seq_length)
        if self.is_decoder and encoder_attention_mask is None and encoder_hidden_states is not None:
            encoder_attention_mask = torch.ones(batch_size, encoder_hidden_states.shape[1], dtype=torch.long)
        if past_key_values is None:
            past_key_values = [None] * len(self.block)
        attention_mask = attention_mask.to(torch.float32)
        if self.is_decoder:
            seq_ids = torch.arange(seq_length)
            causal = (seq_ids[None, None, :].repeat(batch_size, seq_length, 1) <= seq_ids[None, :, None]).to(torch.float32)
            if causal.shape[1] < attention_mask.shape[1]:
                causal = torch.cat([torch.ones((batch_size, seq_length, attention_mask.shape[1] - seq_length)), causal], dim=-1)
            extended = causal[:, None, :, :] * attention_mask[:, None, None, :]
        else:
            extended = attention_mask[:, None, None, :]
        extended = (1.0 - extended) * FMIN
        encoder_extended = None
        if self.is_decoder and encoder_hidden_states is not None:
            encoder_extended = (1.0 - encoder_attention_mask[:, None, None, :].to(torch.float32)) * FMIN
        position_bias, encoder_decoder_position_bias = None, None
        h = inputs_embeds
        for block, past in zip(self.block, past_key_values):
            out = block(h, extended, position_bias, encoder_hidden_states, encoder_extended, encoder_decoder_position_bias, past, use_cache)
            if use_cache is False:
                out = out[:1] + (None,) + out[1:]
            h = out[0]
            position_bias = out[2]
            if self.is_decoder and encoder_hidden_states is not None:
                encoder_decoder_position_bias = out[3]
        return self.final_layer_norm(h)


class T5Model(torch.nn.Module):
    """transformers' T5Model (eval): the decoder runs with use_cache=True, the config default."""

    def __init__(self, sd, cfg):
        super().__init__()
        self.shared = torch.nn.Embedding(cfg['vocab_size'], cfg['d_model'])
        self.shared.weight.data = sd['shared.weight']
        self.encoder = T5Stack(sd, 'encoder', cfg, self.shared, False)
        self.decoder = T5Stack(sd, 'decoder', cfg, self.shared, True)

    def forward(self, input_ids=None, attention_mask=None, inputs_embeds=None, decoder_input_ids=None,
                decoder_attention_mask=None, past_key_values=None):
        enc = self.encoder(input_ids=input_ids, attention_mask=attention_mask, inputs_embeds=inputs_embeds)
        dec = self.decoder(input_ids=decoder_input_ids, attention_mask=decoder_attention_mask, encoder_hidden_states=enc,
                           encoder_attention_mask=attention_mask, past_key_values=past_key_values, use_cache=True)
        return {'last_hidden_state': dec, 'encoder_last_hidden_state': enc}


# ---------------------------------------------------------------- OpenDelta's mechanics
def wrap_forward(module, pre=None, post=None):
    """OpenDelta's insert_sequential_module: pre_forward(*args, **kwargs) -> (args, kwargs); post_forward(output)."""
    inner = module.forward

    def forward(*args, **kwargs):
        if pre is not None:
            args, kwargs = pre(*args, **kwargs)
        out = inner(*args, **kwargs)
        return post(out) if post is not None else out

    module.forward = forward


class PrefixLayerT5(torch.nn.Module):
    """OpenDelta's PrefixLayerT5 (pre_forward / post_forward verbatim in behaviour)."""

    def __init__(self, prefix_token_num, num_heads, hidden_dim):
        super().__init__()
        self.prefix_token_num, self.num_heads, self.hidden_dim = prefix_token_num, num_heads, hidden_dim
        self.past_key = torch.nn.Parameter(torch.randn(prefix_token_num, hidden_dim))
        self.past_value = torch.nn.Parameter(torch.randn(prefix_token_num, hidden_dim))
        self.past_key_reparam = None
        self.past_value_reparam = None

    def pre_forward(self, *args, **kwargs):
        batch_size = args[0].shape[0]
        seq_len = args[0].shape[-2]
        past_key = self.past_key.data if self.past_key_reparam is None else self.past_key_reparam
        past_value = self.past_value.data if self.past_value_reparam is None else self.past_value_reparam

        def expand_batchsize(x):
            x = x.reshape(self.prefix_token_num, self.num_heads, -1).transpose(0, 1)
            return x.unsqueeze(0).expand(batch_size, *x.shape)

        if 'position_bias' in kwargs and kwargs['position_bias'] is not None:
            if kwargs['position_bias'].shape[-1] != seq_len + self.prefix_token_num:
                kwargs['position_bias'] = None
        if kwargs['past_key_value'] is None:
            kwargs['past_key_value'] = (expand_batchsize(past_key), expand_batchsize(past_value))
        past_key_len = kwargs['past_key_value'][0].shape[-2]
        if 'mask' in kwargs and kwargs['mask'] is not None:
            mask_len = kwargs['mask'].shape[-1]
            if past_key_len + seq_len == mask_len + self.prefix_token_num:
                am = kwargs['mask']
                kwargs['mask'] = torch.cat([-torch.zeros((*am.shape[:-1], self.prefix_token_num), dtype=am.dtype), am], dim=-1)
        return args, kwargs

    def post_forward(self, output):
        return output[:2] + (None,) + output[3:]


class ReparameterizeFunction(torch.nn.Module):
    def __init__(self, prefix_token_num, embed_dim, mid_dim, module_list):
        super().__init__()
        self.module_list = module_list
        total = sum(2 * m.prefix_token_num * m.hidden_dim for m in module_list)
        self.input_tokens = torch.nn.Parameter(torch.arange(prefix_token_num).long(), requires_grad=False)
        self.wte = torch.nn.Embedding(prefix_token_num, embed_dim)
        self.control_trans = torch.nn.Sequential(
            torch.nn.Linear(embed_dim, mid_dim), torch.nn.Tanh(), torch.nn.Linear(mid_dim, total // prefix_token_num))

    def pre_forward(self, *args, **kwargs):
        past_key_values = self.control_trans(self.wte(self.input_tokens))
        seqlen, _ = past_key_values.shape
        past_key_values = past_key_values.view(seqlen, len(self.module_list) * 2, self.module_list[0].hidden_dim)
        past_key_values = past_key_values.permute([1, 0, 2]).split(2)
        for i, module in enumerate(self.module_list):
            module.past_key_reparam = past_key_values[i][0]
            module.past_value_reparam = past_key_values[i][1]
        return args, kwargs


def gelu_new(x):
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0))))


class ParallelAdapterLayer(torch.nn.Module):
    def __init__(self, hidden_dim, bottleneck_dim):
        super().__init__()
        self.modulelist = torch.nn.Sequential()
        self.modulelist.add_module('down_proj', torch.nn.Linear(hidden_dim, bottleneck_dim))
        self.modulelist.add_module('up_proj', torch.nn.Linear(bottleneck_dim, hidden_dim))

    def pre_forward(self, *args, **kwargs):
        h = self.modulelist.down_proj(args[0])
        self.adapter_output = self.modulelist.up_proj(gelu_new(h))
        return args, kwargs

    def post_forward(self, output):
        if isinstance(output, tuple):
            return (self.adapter_output + output[0],) + output[1:]
        return self.adapter_output + output


def attention_blocks(model):
    """OpenDelta's `attn@` on T5, in named_modules order: block.N.layer.0 of the encoder, then the decoder."""
    return [(f'{side}.block.{i}.layer.0', b.layer[0]) for side in ('encoder', 'decoder')
            for i, b in enumerate(getattr(model, side).block)]


def ff_blocks(model):
    return [(f'{side}.block.{i}.layer.{len(b.layer) - 1}', b.layer[-1]) for side in ('encoder', 'decoder')
            for i, b in enumerate(getattr(model, side).block)]


# ---------------------------------------------------------------- cases
def noise(gen, shape, scale):
    return scale * torch.randn(*shape, generator=gen)


def count(model):
    return sum(p.numel() for p in model.parameters())


def save_case(name, expected, delta_tensors=None, files=None):
    folder = os.path.join(HERE, name)
    os.makedirs(folder, exist_ok=True)
    if delta_tensors is not None:
        write_safetensors(os.path.join(folder, 'delta.safetensors'), delta_tensors)
    for file, content in (files or {}).items():
        if file.endswith('.safetensors'):
            write_safetensors(os.path.join(folder, file), content)
        else:
            with open(os.path.join(folder, file), 'w') as f:
                json.dump(content, f, indent=2)
                f.write('\n')
    with open(os.path.join(folder, 'expected.json'), 'w') as f:
        json.dump(expected, f)
        f.write('\n')


def main():
    torch.manual_seed(0)
    cfg = json.load(open(os.path.join(TINY, 'config.json')))
    sd = read_safetensors(os.path.join(TINY, 'model.safetensors'))
    ref = json.load(open(os.path.join(TINY, 'reference.json')))
    inputs = {k: torch.tensor(v['data'], dtype=torch.long).reshape(v['shape']) for k, v in ref['inputs'].items()}
    json_inputs = {k: {'shape': list(v.shape), 'dtype': 'int64', 'data': v.reshape(-1).tolist()} for k, v in inputs.items()}

    def fresh():
        return T5Model(sd, cfg).eval()

    def run(model, **extra):
        with torch.no_grad():
            kwargs = dict(inputs)
            kwargs.update(extra)
            return {k: v for k, v in model(**kwargs).items()}

    base_model = fresh()
    base = run(base_model)
    base_total = count(base_model)
    for key in ('last_hidden_state', 'encoder_last_hidden_state'):
        stored = torch.tensor(ref['outputs'][key]['data']).reshape(ref['outputs'][key]['shape'])
        diff = (base[key] - stored).abs()
        # Only unmasked positions are comparable (the reference's padded rows).
        assert diff.max() < 1e-4 or key == 'encoder_last_hidden_state' and diff[0].max() < 1e-4, (key, diff.max())
    common = {'inputs': json_inputs, 'outputs_base': {k: as_json(v) for k, v in base.items()}}
    gen = torch.Generator().manual_seed(1234)

    # OpenDelta PrefixModel, default placement (attn@), reparameterised and direct.
    # `opendelta_prefix_block0` names `block.0.layer.0` (both stacks' first block): the blocks after it
    # lose their position bias too (PrefixLayerT5.post_forward hands them None).
    for name, kwargs in (('opendelta_prefix', {'prefix_token_num': 6, 'embed_dim': 16, 'mid_dim': 24}),
                         ('opendelta_prefix_direct', {'prefix_token_num': 4, 'reparameterize': False}),
                         ('opendelta_prefix_block0', {'prefix_token_num': 3, 'reparameterize': False,
                                                      'modified_modules': ['block.0.layer.0']})):
        model = fresh()
        p = kwargs['prefix_token_num']
        layers, names = [], []
        targets = [(k, b) for k, b in attention_blocks(model)
                   if 'modified_modules' not in kwargs or any(k.endswith(m) for m in kwargs['modified_modules'])]
        for key, block in targets:
            layer = PrefixLayerT5(p, cfg['num_heads'], cfg['d_model'])
            block.SelfAttention.prefix = layer
            wrap_forward(block.SelfAttention, layer.pre_forward, layer.post_forward)
            layers.append(layer)
            names.append(key)
        tensors = {}
        if kwargs.get('reparameterize', True):
            for layer in layers:
                del layer.past_key, layer.past_value
            reparams = ReparameterizeFunction(p, kwargs['embed_dim'], kwargs['mid_dim'], layers)
            first = targets[0][1]
            first.reparams = reparams
            wrap_forward(first, reparams.pre_forward)
            with torch.no_grad():
                reparams.wte.weight.copy_(noise(gen, reparams.wte.weight.shape, 1.0))
                for i in (0, 2):
                    lin = reparams.control_trans[i]
                    lin.weight.copy_(noise(gen, lin.weight.shape, 0.5))
                    lin.bias.copy_(noise(gen, lin.bias.shape, 0.1))
            prefix = f'{names[0]}.reparams'
            tensors[f'{prefix}.wte.weight'] = reparams.wte.weight
            for i in (0, 2):
                tensors[f'{prefix}.control_trans.{i}.weight'] = reparams.control_trans[i].weight
                tensors[f'{prefix}.control_trans.{i}.bias'] = reparams.control_trans[i].bias
            untrainable = p  # input_tokens
        else:
            with torch.no_grad():
                for key, layer in zip(names, layers):
                    layer.past_key.copy_(noise(gen, layer.past_key.shape, 1.0))
                    layer.past_value.copy_(noise(gen, layer.past_value.shape, 1.0))
                    tensors[f'{key}.SelfAttention.prefix.past_key'] = layer.past_key
                    tensors[f'{key}.SelfAttention.prefix.past_value'] = layer.past_value
            untrainable = 0
        out = run(model)
        trainable = sum(t.numel() for t in tensors.values())
        save_case(name, {
            'library': 'opendelta (re-implemented)', 'method': 'prefix', 'delta_kwargs': kwargs,
            'modified_module_keys': names, 'trainable_params': trainable,
            'total_params': base_total + trainable + untrainable, 'untrainable_delta_params': untrainable,
            'state_dict_after_set_state_dict': {k: list(v.shape) for k, v in tensors.items()},
            'outputs': {k: as_json(v) for k, v in out.items()}, **common,
        }, tensors)

    # OpenDelta ParallelAdapterModel, default placement (attn@, attn@, ff@.w1@, ff@.w2@), bottleneck 24.
    model = fresh()
    tensors, names = {}, []
    for (akey, ablock), (fkey, fblock) in zip(attention_blocks(model), ff_blocks(model)):
        for key, start, end in ((akey, ablock, ablock),
                                (f'{fkey}.DenseReluDense.wi', fblock.DenseReluDense.wi, fblock.DenseReluDense.wo)):
            adapter = ParallelAdapterLayer(cfg['d_model'], 24)
            start.parallel_adapter = adapter
            wrap_forward(start, pre=adapter.pre_forward)
            wrap_forward(end, post=adapter.post_forward)
            with torch.no_grad():
                for lin_name in ('down_proj', 'up_proj'):
                    lin = getattr(adapter.modulelist, lin_name)
                    lin.weight.copy_(noise(gen, lin.weight.shape, 0.3))
                    lin.bias.copy_(noise(gen, lin.bias.shape, 0.1))
                    tensors[f'{key}.parallel_adapter.modulelist.{lin_name}.weight'] = lin.weight
                    tensors[f'{key}.parallel_adapter.modulelist.{lin_name}.bias'] = lin.bias
            names += [key] if start is end else [key, key.replace('.wi', '.wo')]
    out = run(model)
    trainable = sum(t.numel() for t in tensors.values())
    save_case('opendelta_parallel_adapter', {
        'library': 'opendelta (re-implemented)', 'method': 'parallel_adapter', 'delta_kwargs': {'bottleneck_dim': 24},
        'modified_module_keys': names, 'trainable_params': trainable, 'total_params': base_total + trainable,
        'untrainable_delta_params': 0,
        'state_dict_after_set_state_dict': {k: list(v.shape) for k, v in tensors.items()},
        'outputs': {k: as_json(v) for k, v in out.items()}, **common,
    }, tensors)

    # OpenDelta BitFitModel, default placement: linear biases under attn@ and ff@ (layer-norm BiasLayers stay zero).
    model = fresh()
    tensors, names = {}, []
    for (akey, ablock), (fkey, fblock) in zip(attention_blocks(model), ff_blocks(model)):
        names += [akey, fkey]
        for key, lin in [(f'{akey}.SelfAttention.{n}', getattr(ablock.SelfAttention, n)) for n in 'qkvo'] + \
                        [(f'{fkey}.DenseReluDense.{n}', getattr(fblock.DenseReluDense, n)) for n in ('wi', 'wo')]:
            lin.bias = torch.nn.Parameter(noise(gen, (lin.weight.shape[0],), 0.1))
            tensors[f'{key}.bias'] = lin.bias
    out = run(model)
    trainable = sum(t.numel() for t in tensors.values())
    save_case('opendelta_bitfit', {
        'library': 'opendelta (re-implemented)', 'method': 'bitfit', 'delta_kwargs': {},
        'modified_module_keys': names, 'trainable_params': trainable, 'total_params': base_total + trainable,
        'untrainable_delta_params': 0,
        'state_dict_after_set_state_dict': {k: list(v.shape) for k, v in tensors.items()},
        'outputs': {k: as_json(v) for k, v in out.items()}, **common,
    }, tensors)

    # PEFT prompt tuning, SEQ_2_SEQ_LM: prompt_embeddings [2p, d]; forward prompts the encoder only.
    p, d = 5, cfg['d_model']
    table = noise(gen, (2 * p, d), 1.0)
    batch = inputs['input_ids'].shape[0]
    with torch.no_grad():
        model = fresh()
        embeds = torch.cat([table[:p].unsqueeze(0).expand(batch, p, d), model.shared(inputs['input_ids'])], dim=1)
        mask = torch.cat([torch.ones(batch, p, dtype=torch.long), inputs['attention_mask']], dim=1)
        out = model(inputs_embeds=embeds, attention_mask=mask, decoder_input_ids=inputs['decoder_input_ids'])
    peft_common = {'auto_mapping': None, 'base_model_name_or_path': '', 'inference_mode': True,
                   'num_attention_heads': cfg['num_heads'], 'num_layers': cfg['num_layers'],
                   'num_transformer_submodules': 2, 'num_virtual_tokens': p, 'revision': None,
                   'task_type': 'SEQ_2_SEQ_LM', 'token_dim': d}
    save_case('peft_prompt_tuning', {
        'library': 'peft v0.6.2 (re-implemented)', 'adapter_keys': {'prompt_embeddings': [2 * p, d]},
        'trainable_params': 2 * p * d, 'outputs': {k: as_json(v) for k, v in out.items()}, **common,
    }, files={'adapter_config.json': {**peft_common, 'peft_type': 'PROMPT_TUNING', 'prompt_tuning_init': 'RANDOM',
                                      'prompt_tuning_init_text': None, 'tokenizer_kwargs': None,
                                      'tokenizer_name_or_path': None},
              'adapter_model.safetensors': {'prompt_embeddings': table}})

    # PEFT prefix tuning, SEQ_2_SEQ_LM: prompt_embeddings [p, num_layers*2*d] -> decoder past_key_values.
    p, L, heads = 4, cfg['num_layers'], cfg['num_heads']
    table = noise(gen, (p, L * 2 * d), 1.0)
    pkv = table.unsqueeze(0).expand(batch, p, L * 2 * d).reshape(batch, p, L * 2, heads, d // heads)
    pkv = torch.cat([pkv, pkv], dim=2).permute([2, 0, 3, 1, 4]).split(4)
    with torch.no_grad():
        out = fresh()(**inputs, past_key_values=pkv)
    save_case('peft_prefix_tuning', {
        'library': 'peft v0.6.2 (re-implemented)', 'adapter_keys': {'prompt_embeddings': [p, L * 2 * d]},
        'trainable_params': p * L * 2 * d, 'outputs': {k: as_json(v) for k, v in out.items()}, **common,
    }, files={'adapter_config.json': {**peft_common, 'num_virtual_tokens': p, 'encoder_hidden_size': d,
                                      'peft_type': 'PREFIX_TUNING', 'prefix_projection': False},
              'adapter_model.safetensors': {'prompt_embeddings': table}})
    print('wrote', sorted(n for n in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, n))))


if __name__ == '__main__':
    main()
