"""PyTorch peer of core/bench/training.bench.mjs: one SGD training step of a BERT classifier built from
a transformers config.json (embeddings with LayerNorm, post-LN encoder layers with dropout, tanh
pooler, classifier), once with every parameter trainable and once with LoRA on query and value and
only LoRA and the classifier trainable. A plain re-implementation of BERT's layers (transformers is
not a Debian package) with the same shapes and FLOPs as deltahub's BertForSequenceClassification.

Usage: bert_step_torch.py CONFIG_JSON BATCH SEQ REPS LORA_R
Prints one JSON line: {"lora_step_ms", "full_step_ms", "lora_step_cpu_ms", "full_step_cpu_ms",
"threads", "version"}: wall-clock medians, and the medians of the process's CPU time (all threads),
which the machine's other load does not inflate.
"""
import json
import math
import sys
import time

import torch
from torch import nn

CONFIG, B, S, REPS, R = sys.argv[1], *map(int, sys.argv[2:6])
with open(CONFIG, encoding="utf8") as f:
    cfg = json.load(f)
H, HEADS, FF = cfg["hidden_size"], cfg["num_attention_heads"], cfg["intermediate_size"]
LAYERS, VOCAB = cfg["num_hidden_layers"], cfg["vocab_size"]
DROP, ATTN_DROP = cfg["hidden_dropout_prob"], cfg["attention_probs_dropout_prob"]
EPS = cfg["layer_norm_eps"]


class LoraLinear(nn.Module):
    def __init__(self, base: nn.Linear, r: int, alpha: float):
        super().__init__()
        self.base = base
        self.lora_A = nn.Parameter(torch.randn(r, base.in_features) / math.sqrt(base.in_features))
        self.lora_B = nn.Parameter(torch.zeros(base.out_features, r))
        self.scaling = alpha / r

    def forward(self, x):
        return self.base(x) + (x @ self.lora_A.t() @ self.lora_B.t()) * self.scaling


class Layer(nn.Module):
    def __init__(self, lora: bool):
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(H, H) for _ in range(4))
        if lora:
            # deltahub's LoraModel default: lora_alpha 16.
            self.q, self.v = LoraLinear(self.q, R, 16), LoraLinear(self.v, R, 16)
        self.ln1, self.ln2 = nn.LayerNorm(H, eps=EPS), nn.LayerNorm(H, eps=EPS)
        self.ff1, self.ff2 = nn.Linear(H, FF), nn.Linear(FF, H)
        self.attn_drop, self.drop = nn.Dropout(ATTN_DROP), nn.Dropout(DROP)

    def forward(self, x):
        split = lambda t: t.view(B, S, HEADS, H // HEADS).transpose(1, 2)
        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        probs = self.attn_drop(torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(H // HEADS), -1))
        attn = (probs @ v).transpose(1, 2).reshape(B, S, H)
        x = self.ln1(x + self.drop(self.o(attn)))
        return self.ln2(x + self.drop(self.ff2(nn.functional.gelu(self.ff1(x)))))


class Model(nn.Module):
    def __init__(self, lora: bool):
        super().__init__()
        self.words = nn.Embedding(VOCAB, H)
        self.positions = nn.Embedding(cfg["max_position_embeddings"], H)
        self.types = nn.Embedding(cfg["type_vocab_size"], H)
        self.ln, self.drop = nn.LayerNorm(H, eps=EPS), nn.Dropout(DROP)
        self.layers = nn.ModuleList(Layer(lora) for _ in range(LAYERS))
        self.pooler = nn.Linear(H, H)
        self.classifier = nn.Linear(H, 2)

    def forward(self, ids):
        positions = torch.arange(S).expand(B, S)
        x = self.words(ids) + self.positions(positions) + self.types(torch.zeros_like(ids))
        x = self.drop(self.ln(x))
        for layer in self.layers:
            x = layer(x)
        return self.classifier(self.drop(torch.tanh(self.pooler(x[:, 0]))))


def step_ms(lora: bool) -> tuple:
    model = Model(lora).train()
    if lora:
        for name, p in model.named_parameters():
            p.requires_grad = "lora_" in name or name.startswith("classifier.")
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.SGD(params, lr=1e-4)
    ids = torch.randint(0, VOCAB, (B, S))
    labels = torch.randint(0, 2, (B,))

    def step():
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(ids), labels)
        loss.backward()
        optimizer.step()

    step()
    times, cpu = [], []
    for _ in range(REPS):
        t, c = time.perf_counter(), time.process_time()
        step()
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    times.sort()
    cpu.sort()
    return times[len(times) // 2], cpu[len(cpu) // 2]


lora_ms, lora_cpu_ms = step_ms(True)
full_ms, full_cpu_ms = step_ms(False)
print(json.dumps({
    "lora_step_ms": lora_ms,
    "full_step_ms": full_ms,
    "lora_step_cpu_ms": lora_cpu_ms,
    "full_step_cpu_ms": full_cpu_ms,
    "threads": torch.get_num_threads(),
    "version": torch.__version__,
}))
