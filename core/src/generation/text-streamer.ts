/**
 * Generated text as it comes, for one sequence (transformers' `TextStreamer`). Tokens are decoded
 * together, not one by one: a SentencePiece token alone loses its leading space, and a byte-level
 * token can hold half of a character. Text is handed on up to the last space (a word may still
 * grow), at once after a line break or a CJK character, and the rest at the end.
 */
import { DeltahubError } from '../errors.js';
import type { GenerationTokenizer } from './options.js';

/** Options of {@link TextStreamer}. */
export interface TextStreamerOptions {
  /** Receives each new piece of text. */
  onText: (text: string) => void;
  /** Leaves special tokens (end of sequence, padding) out of the text (default true). */
  skipSpecialTokens?: boolean;
}

/** CJK characters are words of their own: they are handed on at once (transformers' ranges). */
const CJK =
  /[\u4E00-\u9FFF\u3400-\u4DBF\u{20000}-\u{2A6DF}\u{2A700}-\u{2B73F}\u{2B740}-\u{2B81F}\u{2B820}-\u{2CEAF}\uF900-\uFAFF\u{2F800}-\u{2FA1F}]$/u;

/** Pass it as `generate`'s `streamer` (batch of one). */
export class TextStreamer {
  #tokens: number[] = [];
  #printed = 0;

  constructor(
    private readonly tokenizer: GenerationTokenizer,
    private readonly options: TextStreamerOptions,
  ) {}

  /** One step's token (a batch of one). */
  put(tokens: number[]): void {
    if (tokens.length !== 1) {
      throw new DeltahubError(
        'BAD_INPUT',
        `TextStreamer streams one sequence; this batch has ${tokens.length}.`,
      );
    }
    this.#tokens.push(tokens[0]!);
    const text = this.#decode();
    let printable: string;
    if (text.endsWith('\n')) {
      printable = text.slice(this.#printed);
      this.#tokens = [];
      this.#printed = 0;
    } else if (text.endsWith('\uFFFD')) {
      return; // half a character: wait for the rest of its bytes
    } else if (CJK.test(text)) {
      printable = text.slice(this.#printed);
      this.#printed += printable.length;
    } else {
      printable = text.slice(this.#printed, text.lastIndexOf(' ') + 1);
      this.#printed += printable.length;
    }
    if (printable) this.options.onText(printable);
  }

  /** Hands on what is left. */
  end(): void {
    const rest = this.#decode().slice(this.#printed);
    this.#tokens = [];
    this.#printed = 0;
    if (rest) this.options.onText(rest);
  }

  #decode(): string {
    return this.tokenizer.decode(this.#tokens, { skipSpecialTokens: this.options.skipSpecialTokens ?? true });
  }
}
