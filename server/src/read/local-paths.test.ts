import { describe, expect, it } from 'vitest';
import type { DeltaConfig } from '@deltahub/core/checkpoint';
import { publicBackboneName, REDACTED_BACKBONE, withoutLocalPaths } from './local-paths.js';

const configWith = (nameOrPath: string): DeltaConfig =>
  ({ deltaType: 'lora', backbone: { nameOrPath, architecture: 'bert' } }) as unknown as DeltaConfig;

describe('publicBackboneName', () => {
  it('keeps hub ids and drops paths', () => {
    expect(publicBackboneName('alice/tiny-bert')).toBe('alice/tiny-bert');
    expect(publicBackboneName('bert-base-uncased')).toBe('bert-base-uncased');
    expect(publicBackboneName('/home/alice/bert')).toBeNull();
    expect(publicBackboneName(null)).toBeNull();
  });
});

describe('withoutLocalPaths', () => {
  it('replaces a recorded path in the config, the front matter and every place of the card', () => {
    const path = '/home/alice/models/bert';
    const card = `---\nbase_model: ${path}\n---\nfrom \`${path}\`\nfromPretrained(${JSON.stringify(path)})\n`;
    const out = withoutLocalPaths({
      config: configWith(path),
      card,
      cardMeta: { base_model: path, tags: ['x'] },
    });
    expect(out.config?.backbone.nameOrPath).toBe('unknown');
    expect(out.cardMeta).toEqual({ tags: ['x'] });
    expect(out.card).not.toContain('/home/alice');
    expect(out.card.split(REDACTED_BACKBONE)).toHaveLength(4);
  });

  it('finds a Windows path also where JSON doubled its backslashes', () => {
    const path = 'C:\\Users\\alice\\bert';
    const card = `from ${path}\nfromPretrained(${JSON.stringify(path)})`;
    const out = withoutLocalPaths({ config: configWith(path), card, cardMeta: {} });
    expect(out.card).toBe(`from ${REDACTED_BACKBONE}\nfromPretrained("${REDACTED_BACKBONE}")`);
  });

  it('keeps the ids of a base_model list and drops its paths', () => {
    const out = withoutLocalPaths({
      config: null,
      card: 'text',
      cardMeta: { base_model: ['alice/tiny-bert', './local'] },
    });
    expect(out.cardMeta).toEqual({ base_model: ['alice/tiny-bert'] });
  });

  it('leaves ids, unknown backbones and cards without paths as they are', () => {
    const meta = {
      config: configWith('alice/tiny-bert'),
      card: '# card',
      cardMeta: { base_model: 'alice/tiny-bert' },
    };
    expect(withoutLocalPaths(meta)).toEqual(meta);
    const unknown = { config: configWith('unknown'), card: 'unknown backbone', cardMeta: {} };
    expect(withoutLocalPaths(unknown)).toEqual(unknown);
  });
});
