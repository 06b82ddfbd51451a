"""Ground truth for core/src/training/adamw.test.ts: torch.optim.AdamW (decoupled weight decay on
`weight`, none on `bias`) with gradient clipping by global norm (torch.nn.utils.clip_grad_norm_) and
transformers' linear warmup/decay schedule (LambdaLR with get_linear_schedule_with_warmup's lambda),
over 6 steps of fixed pseudo-random gradients. Run with Debian's python3-torch:
/usr/bin/python3 make_adamw.py > adamw.json
"""
import json

import torch

torch.manual_seed(0)
weight = torch.nn.Parameter(torch.randn(3, 4))
bias = torch.nn.Parameter(torch.randn(4))
initial = {"weight": weight.detach().tolist(), "bias": bias.detach().tolist()}
LR, WD, WARMUP, TOTAL, MAX_NORM = 0.01, 0.1, 2, 6, 1.0
optimizer = torch.optim.AdamW(
    [{"params": [weight], "weight_decay": WD}, {"params": [bias], "weight_decay": 0.0}],
    lr=LR, betas=(0.9, 0.999), eps=1e-8,
)


def linear(step):
    if step < WARMUP:
        return step / max(1, WARMUP)
    return max(0.0, (TOTAL - step) / max(1, TOTAL - WARMUP))


scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, linear)
steps = []
for step in range(TOTAL):
    grads = {"weight": (torch.randn(3, 4) * 2).tolist(), "bias": (torch.randn(4) * 2).tolist()}
    weight.grad = torch.tensor(grads["weight"])
    bias.grad = torch.tensor(grads["bias"])
    norm = torch.nn.utils.clip_grad_norm_([weight, bias], MAX_NORM).item()
    lr = optimizer.param_groups[0]["lr"]
    optimizer.step()
    scheduler.step()
    steps.append({"grads": grads, "norm": norm, "lr": lr, "weight": weight.detach().tolist(), "bias": bias.detach().tolist()})
print(json.dumps({
    "torch": torch.__version__, "lr": LR, "weightDecay": WD, "warmup": WARMUP, "total": TOTAL,
    "maxGradNorm": MAX_NORM, "initial": initial, "steps": steps,
}))
