import type { GenerationTokenizer } from './options.js';

/**
 * Stop strings: a row stops once the text of its generated tokens contains one of them. Special
 * tokens are left out of the text; the tokens that formed the string are kept, as in transformers.
 */
export class StopStrings {
  constructor(
    readonly strings: readonly string[],
    private readonly tokenizer: GenerationTokenizer,
  ) {}

  /** Whether the text of `generated` contains a stop string. */
  matches(generated: number[]): boolean {
    const text = this.tokenizer.decode(generated, { skipSpecialTokens: true });
    return this.strings.some((stop) => text.includes(stop));
  }
}
