import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutoTokenizer } from '../tokenizers/auto.js';
import { TOKENIZER_FIXTURES } from '../tokenizers/test-support/fixtures.js';
import { loadGenerationModel } from './test-support/generate-fixture.js';
import { TextStreamer } from './text-streamer.js';

describe('TextStreamer', () => {
  it('hands on whole words of a SentencePiece text, which token-by-token decoding would glue together', async () => {
    const tokenizer = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 't5-small'));
    const text = 'Hello world, how are you today?';
    const ids = tokenizer.encode(text, { addSpecialTokens: false });
    expect(ids.map((id) => tokenizer.decode([id])).join('')).not.toBe(text);
    const pieces: string[] = [];
    const streamer = new TextStreamer(tokenizer, { onText: (piece) => pieces.push(piece) });
    for (const id of ids) streamer.put([id]);
    expect(pieces.join('')).toBe('Hello world, how are you ');
    streamer.end();
    expect(pieces.join('')).toBe(text);
    expect(pieces.slice(0, -1).every((piece) => piece.endsWith(' '))).toBe(true);
    expect(() => streamer.put([1, 2])).toThrow(/one sequence/);
  });

  it('streams what generate produces, and generate ends it', async () => {
    const tokenizer = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 'gpt2'));
    const model = await loadGenerationModel('gpt2');
    let streamed = '';
    let ended = 0;
    const streamer = new TextStreamer(tokenizer, { onText: (piece) => (streamed += piece) });
    const end = streamer.end.bind(streamer);
    streamer.end = () => {
      ended++;
      end();
    };
    const { sequences } = await model.generate([[98, 32, 56, 42, 76, 38, 51, 90]], {
      maxNewTokens: 6,
      streamer,
    });
    expect(ended).toBe(1);
    expect(streamed).toBe(tokenizer.decode(sequences[0]!.slice(8), { skipSpecialTokens: true }));
    expect(streamed.length).toBeGreaterThan(0);
    model.dispose();
  });
});
