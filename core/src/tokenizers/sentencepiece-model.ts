import { DeltahubError } from '../errors.js';

/** One piece of a SentencePiece model. */
export interface SentencePiece {
  piece: string;
  score: number;
  /** 1 normal, 2 unknown, 3 control, 4 user defined, 5 unused, 6 byte. */
  type: number;
}

/** The parts of a SentencePiece `ModelProto` (`spiece.model`) a tokenizer is built from. */
export interface SentencePieceModel {
  pieces: SentencePiece[];
  /** 1 unigram, 2 BPE, 3 word, 4 char (`TrainerSpec.model_type`). */
  modelType: number;
  byteFallback: boolean;
  precompiledCharsmap: Uint8Array;
  addDummyPrefix: boolean;
}

/** A protobuf wire-format reader: just what `sentencepiece_model.proto` needs. */
class ProtoReader {
  private offset = 0;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
  ) {}

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  varint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (this.offset >= this.bytes.length) throw this.truncated();
      const byte = this.bytes[this.offset++]!;
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
  }

  /** The key of the next field: its number and wire type. */
  field(): { number: number; wireType: number } {
    const key = this.varint();
    return { number: Math.floor(key / 8), wireType: key % 8 };
  }

  bytesField(): Uint8Array {
    const length = this.varint();
    if (this.offset + length > this.bytes.length) throw this.truncated();
    const value = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  float(): number {
    if (this.offset + 4 > this.bytes.length) throw this.truncated();
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.offset, 4);
    this.offset += 4;
    return view.getFloat32(0, true);
  }

  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.offset += 8;
    else if (wireType === 2) this.bytesField();
    else if (wireType === 5) this.offset += 4;
    else
      throw new DeltahubError(
        'TOKENIZER_BAD_FILE',
        `${this.file} is not a SentencePiece model (wire type ${wireType})`,
      );
  }

  private truncated(): DeltahubError {
    return new DeltahubError('TOKENIZER_BAD_FILE', `${this.file} is truncated or not a SentencePiece model`);
  }
}

const text = new TextDecoder('utf-8', { fatal: false });

/** Reads the fields of each message of `bytes`, calling `onField` (which must consume the value). */
function readMessage(
  bytes: Uint8Array,
  file: string,
  onField: (reader: ProtoReader, number: number, wireType: number) => boolean,
): void {
  const reader = new ProtoReader(bytes, file);
  while (!reader.done) {
    const { number, wireType } = reader.field();
    if (!onField(reader, number, wireType)) reader.skip(wireType);
  }
}

/** Parses a SentencePiece model file (`spiece.model`, `tokenizer.model`). */
export function parseSentencePieceModel(bytes: Uint8Array, file: string): SentencePieceModel {
  const model: SentencePieceModel = {
    pieces: [],
    modelType: 1,
    byteFallback: false,
    precompiledCharsmap: new Uint8Array(),
    addDummyPrefix: true,
  };
  readMessage(bytes, file, (reader, number, wireType) => {
    if (wireType !== 2 || number < 1 || number > 3) return false;
    const body = reader.bytesField();
    if (number === 1) {
      const piece: SentencePiece = { piece: '', score: 0, type: 1 };
      readMessage(body, file, (r, n, w) => {
        if (n === 1 && w === 2) piece.piece = text.decode(r.bytesField());
        else if (n === 2 && w === 5) piece.score = r.float();
        else if (n === 3 && w === 0) piece.type = r.varint();
        else return false;
        return true;
      });
      model.pieces.push(piece);
    } else if (number === 2) {
      readMessage(body, file, (r, n, w) => {
        if (n === 3 && w === 0) model.modelType = r.varint();
        else if (n === 35 && w === 0) model.byteFallback = r.varint() !== 0;
        else return false;
        return true;
      });
    } else {
      readMessage(body, file, (r, n, w) => {
        if (n === 2 && w === 2) model.precompiledCharsmap = r.bytesField();
        else if (n === 3 && w === 0) model.addDummyPrefix = r.varint() !== 0;
        else return false;
        return true;
      });
    }
    return true;
  });
  if (model.pieces.length === 0) {
    throw new DeltahubError('TOKENIZER_BAD_FILE', `${file} holds no pieces: it is not a SentencePiece model`);
  }
  return model;
}
