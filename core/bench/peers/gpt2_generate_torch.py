"""PyTorch peer of core/bench/generate.bench.mjs: greedy generation with GPT-2 built from a
transformers config.json (zero weights, eval mode), batch 1, with a key/value cache (each step feeds
the newest token and appends its keys and values) and without (each step reruns the whole sequence).
A plain re-implementation of GPT-2's blocks (transformers is not a Debian package) with the same
shapes and FLOPs as deltahub's GPT2LMHeadModel: fused c_attn, causal attention, gelu_new MLP, tied
LM head over the full vocabulary at every position it runs.

Usage: gpt2_generate_torch.py CONFIG_JSON PROMPT NEW_TOKENS REPS
Prints one JSON line: {"cached_tokens_per_s", "cached_cpu_tokens_per_s", "uncached_tokens_per_s",
"uncached_cpu_tokens_per_s", "threads", "version"}: medians by wall-clock and by CPU time (which, with
one thread, leaves the shared machine's load out, as the wasm side's CPU time does).
"""
import json
import math
import statistics
import sys
import time

import torch
from torch import nn

CONFIG, PROMPT, NEW, REPS = sys.argv[1], *map(int, sys.argv[2:5])
with open(CONFIG, encoding="utf8") as f:
    cfg = json.load(f)
H, HEADS, LAYERS, VOCAB = cfg["n_embd"], cfg["n_head"], cfg["n_layer"], cfg["vocab_size"]
FF = cfg.get("n_inner") or 4 * H
EPS = cfg["layer_norm_epsilon"]
D = H // HEADS


def gelu_new(x):
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x.pow(3))))


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.ln_1, self.ln_2 = nn.LayerNorm(H, eps=EPS), nn.LayerNorm(H, eps=EPS)
        self.c_attn, self.c_proj = nn.Linear(H, 3 * H), nn.Linear(H, H)
        self.c_fc, self.mlp_proj = nn.Linear(H, FF), nn.Linear(FF, H)

    def forward(self, x, past):
        b, s, _ = x.shape
        q, k, v = self.c_attn(self.ln_1(x)).split(H, dim=2)
        split = lambda t: t.view(b, s, HEADS, D).transpose(1, 2)
        q, k, v = split(q), split(k), split(v)
        if past is not None:
            k, v = torch.cat([past[0], k], 2), torch.cat([past[1], v], 2)
        total = k.shape[2]
        scores = q @ k.transpose(-1, -2) / math.sqrt(D)
        causal = torch.ones(s, total, dtype=torch.bool).tril(total - s)
        scores = scores.masked_fill(~causal, float("-inf"))
        attn = (torch.softmax(scores, -1) @ v).transpose(1, 2).reshape(b, s, H)
        x = x + self.c_proj(attn)
        return x + self.mlp_proj(gelu_new(self.c_fc(self.ln_2(x)))), (k, v)


class GPT2(nn.Module):
    def __init__(self):
        super().__init__()
        self.wte, self.wpe = nn.Embedding(VOCAB, H), nn.Embedding(cfg["n_positions"], H)
        self.h = nn.ModuleList(Block() for _ in range(LAYERS))
        self.ln_f = nn.LayerNorm(H, eps=EPS)

    def forward(self, ids, past=None):
        start = 0 if past is None else past[0][0].shape[2]
        x = self.wte(ids) + self.wpe(torch.arange(start, start + ids.shape[1]))
        presents = []
        for i, block in enumerate(self.h):
            x, present = block(x, None if past is None else past[i])
            presents.append(present)
        # F.linear multiplies by the transposed embedding without copying it (154 MB for GPT-2).
        return nn.functional.linear(self.ln_f(x), self.wte.weight), presents


model = GPT2().eval()
with torch.no_grad():
    for p in model.parameters():
        p.zero_()
prompt = torch.tensor([[(i * 7919) % VOCAB for i in range(PROMPT)]])


def generate(use_cache):
    ids, past = prompt, None
    with torch.no_grad():
        for _ in range(NEW):
            if use_cache:
                logits, past = model(ids if past is None else ids[:, -1:], past)
            else:
                logits, _ = model(ids)
            ids = torch.cat([ids, logits[:, -1].argmax(-1, keepdim=True)], 1)
    return ids


def tokens_per_s(use_cache):
    """Median tokens/s over REPS runs, by wall-clock and by this process's CPU time."""
    generate(use_cache)
    wall, cpu = [], []
    for _ in range(REPS):
        start, start_cpu = time.perf_counter(), time.process_time()
        generate(use_cache)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return NEW / statistics.median(wall), NEW / statistics.median(cpu)


cached_wall, cached_cpu = tokens_per_s(True)
uncached_wall, uncached_cpu = tokens_per_s(False)
print(
    json.dumps(
        {
            "cached_tokens_per_s": cached_wall,
            "cached_cpu_tokens_per_s": cached_cpu,
            "uncached_tokens_per_s": uncached_wall,
            "uncached_cpu_tokens_per_s": uncached_cpu,
            "threads": torch.get_num_threads(),
            "version": torch.__version__,
        }
    )
)
