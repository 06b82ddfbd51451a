import { describe, expect, it } from 'vitest';
import { hubModelIdOrUndefined, isHubModelId } from './base-model.js';

describe('isHubModelId', () => {
  it('accepts the ids Hugging Face accepts', () => {
    for (const id of [
      'bert-base-uncased',
      'alice/tiny-bert',
      'a',
      'a/b',
      'Foo-BAR_foo.bar123',
      'gpt2',
      'org/x.y_z-1',
    ]) {
      expect(isHubModelId(id), id).toBe(true);
    }
  });

  it('refuses paths and what Hugging Face refuses', () => {
    for (const path of [
      '/home/alice/models/bert',
      './bert',
      '../bert',
      '~/bert',
      'C:\\models\\bert',
      'C:/models/bert',
      '\\\\server\\share\\bert',
      'a/b/c',
      '',
      'bert ',
      'my model',
      'foo--bar',
      'foo..bar',
      'bert.git',
      '.bert',
      'bert-',
      'alice/',
      '/bert',
      'x'.repeat(97),
    ]) {
      expect(isHubModelId(path), path).toBe(false);
    }
  });

  it('hubModelIdOrUndefined keeps ids and drops paths and non-strings', () => {
    expect(hubModelIdOrUndefined('alice/bert')).toBe('alice/bert');
    expect(hubModelIdOrUndefined('/tmp/bert')).toBeUndefined();
    expect(hubModelIdOrUndefined(42)).toBeUndefined();
    expect(hubModelIdOrUndefined(null)).toBeUndefined();
  });
});
