import { describe, expect, it } from 'vitest';
import { peftUsageSnippet, pretrainedUsageSnippet, usageSnippet } from './usage.js';

describe('usageSnippet', () => {
  it('loads the recorded model class from the recorded backbone, then the delta from its location', () => {
    expect(
      usageSnippet({
        location: 'alice/bert-lora',
        modelClass: 'BertForSequenceClassification',
        backboneNameOrPath: 'bert-base-uncased',
      }),
    ).toBe(
      [
        "import { AutoDeltaModel, BertForSequenceClassification } from 'deltahub';",
        '',
        'const backbone = await BertForSequenceClassification.fromPretrained("bert-base-uncased");',
        'const delta = await AutoDeltaModel.fromFinetuned("alice/bert-lora", { backboneModel: backbone });',
        '// backbone.forward(...) now runs with the delta; delta.detach() takes it out again.',
      ].join('\n'),
    );
  });

  it('shows a placeholder for a backbone of unknown origin and AutoModel without a recorded class', () => {
    for (const backboneNameOrPath of [null, 'unknown']) {
      const snippet = usageSnippet({ location: './delta', modelClass: null, backboneNameOrPath });
      expect(snippet).toContain('await AutoModel.fromPretrained("<backbone folder or hub id>")');
      expect(snippet).toContain('AutoDeltaModel.fromFinetuned("./delta"');
    }
  });
});

describe('peftUsageSnippet', () => {
  it('loads the recorded class from the base model id with transformers, then the adapter with PEFT', () => {
    expect(
      peftUsageSnippet({
        location: 'alice/bert-lora',
        modelClass: 'BertModel',
        baseModel: 'alice/tiny-bert',
      }),
    ).toBe(
      [
        'from transformers import BertModel',
        'from peft import PeftModel',
        '',
        'base = BertModel.from_pretrained("alice/tiny-bert")',
        'model = PeftModel.from_pretrained(base, "alice/bert-lora")',
      ].join('\n'),
    );
  });

  it('uses AutoModel and a placeholder when class and base model are unknown', () => {
    const snippet = peftUsageSnippet({ location: 'alice/x', modelClass: null, baseModel: 'unknown' });
    expect(snippet).toContain('base = AutoModel.from_pretrained("<base model id>")');
  });
});

describe('pretrainedUsageSnippet', () => {
  it('loads a full model from its hub id with AutoModel', () => {
    expect(pretrainedUsageSnippet('alice/tiny-bert')).toBe(
      [
        "import { AutoModel } from 'deltahub';",
        '',
        'const model = await AutoModel.fromPretrained("alice/tiny-bert");',
      ].join('\n'),
    );
  });
});
