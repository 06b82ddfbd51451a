"""PyTorch peer of core/bench/training.bench.mjs: one training step of a BERT-base-sized encoder
(12 layers, hidden 768, 12 heads, FFN 3072, batch 8, seq 128) with LoRA r=8 on query and value, the
base frozen, Adam. A plain re-implementation of BERT's layer (transformers is not a Debian package),
same shapes and FLOPs. Prints one JSON line: {"lora_step_ms", "full_step_ms", "threads", "version"}."""
import json
import math
import sys
import time

import torch
from torch import nn

B, S, H, HEADS, FF, LAYERS, VOCAB, R = 8, 128, 768, 12, 3072, 12, 30522, 8


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
            self.q, self.v = LoraLinear(self.q, R, 16), LoraLinear(self.v, R, 16)
        self.ln1, self.ln2 = nn.LayerNorm(H), nn.LayerNorm(H)
        self.ff1, self.ff2 = nn.Linear(H, FF), nn.Linear(FF, H)

    def forward(self, x):
        split = lambda t: t.view(B, S, HEADS, H // HEADS).transpose(1, 2)
        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        attn = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(H // HEADS), -1) @ v
        x = self.ln1(x + self.o(attn.transpose(1, 2).reshape(B, S, H)))
        return self.ln2(x + self.ff2(nn.functional.gelu(self.ff1(x))))


class Model(nn.Module):
    def __init__(self, lora: bool):
        super().__init__()
        self.embed = nn.Embedding(VOCAB, H)
        self.layers = nn.ModuleList(Layer(lora) for _ in range(LAYERS))
        self.classifier = nn.Linear(H, 2)

    def forward(self, ids):
        x = self.embed(ids)
        for layer in self.layers:
            x = layer(x)
        return self.classifier(x[:, 0])


def step_ms(lora: bool, reps: int) -> float:
    model = Model(lora)
    if lora:
        for name, p in model.named_parameters():
            p.requires_grad = "lora_" in name
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.Adam(params, lr=1e-4)
    ids = torch.randint(0, VOCAB, (B, S))
    labels = torch.randint(0, 2, (B,))

    def step():
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(ids), labels)
        loss.backward()
        optimizer.step()

    step()
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        step()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return times[len(times) // 2]


reps = int(sys.argv[1]) if len(sys.argv) > 1 else 3
print(json.dumps({
    "lora_step_ms": step_ms(True, reps),
    "full_step_ms": step_ms(False, reps),
    "threads": torch.get_num_threads(),
    "version": torch.__version__,
}))
