/**
 * transformers' `clean_up_tokenization`: removes the spaces that word-level decoding puts before
 * punctuation and English contractions.
 */
export function cleanUpTokenization(text: string): string {
  return text
    .replaceAll(' .', '.')
    .replaceAll(' ?', '?')
    .replaceAll(' !', '!')
    .replaceAll(' ,', ',')
    .replaceAll(" ' ", "'")
    .replaceAll(" n't", "n't")
    .replaceAll(" 'm", "'m")
    .replaceAll(" 's", "'s")
    .replaceAll(" 've", "'ve")
    .replaceAll(" 're", "'re");
}

/**
 * Decodes SentencePiece tokens the way transformers' T5Tokenizer does: special tokens are never
 * given to the SentencePiece decoder; each run of ordinary pieces is decoded on its own (which drops
 * the run's leading word-boundary space), a space goes before each special token that follows an
 * ordinary piece, and the result is trimmed. The fast tokenizer differs (`na<unk>ve` against the
 * slow `na<unk> ve`); the slow behaviour is the reference deltahub matches.
 */
export function decodeSentencePieceTokens(
  tokens: string[],
  isSpecial: (token: string) => boolean,
  decodePieces: (pieces: string[]) => string,
): string {
  let out = '';
  let run: string[] = [];
  let previousSpecial = false;
  for (const token of tokens) {
    if (isSpecial(token)) {
      if (!previousSpecial) out += ' ';
      out += (run.length ? decodePieces(run) : '') + token;
      previousSpecial = true;
      run = [];
    } else {
      run.push(token);
      previousSpecial = false;
    }
  }
  if (run.length) out += decodePieces(run);
  return out.trim();
}
