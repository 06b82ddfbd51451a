/**
 * Base class of every error deltahub throws on purpose. `code` is stable across releases, so callers
 * can branch on it (`err.code === 'SAFETENSORS_BAD_HEADER'`) instead of parsing messages.
 */
export class DeltahubError extends Error {
  /** Stable, machine-readable error code. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}
