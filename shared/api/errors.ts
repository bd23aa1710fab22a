// Typed errors that cross every host boundary (IPC, HTTP, CLI) as plain JSON.
// `message` is what a clerk reads, so it is always Chinese; `code` is what code branches on.

export type ApiErrorCode =
  | 'bad_input' // the caller sent something malformed: wrong type, unknown field, unreadable file
  | 'not_found' // the thing named does not exist
  | 'refused' // well-formed but not allowed (forged package, wrong recipient, ...)
  | 'conflict' // would overwrite someone else's newer data
  | 'internal'; // a bug or an environment failure (disk full, database damaged)

export type ApiErrorShape = {
  code: ApiErrorCode;
  message: string;
  details?: unknown;
};

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly details?: unknown;

  constructor(code: ApiErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  toJSON(): ApiErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const isApiErrorShape = (value: unknown): value is ApiErrorShape =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { code?: unknown }).code === 'string' &&
  typeof (value as { message?: unknown }).message === 'string';

/** Wraps anything thrown into an ApiError so hosts never leak stack traces or English to the user. */
export const toApiError = (error: unknown): ApiError => {
  if (error instanceof ApiError) return error;
  if (isApiErrorShape(error)) return new ApiError(error.code, error.message, error.details);
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError('internal', `内部错误:${detail}`);
};

/** Bad input and refusals are the caller's to fix (exit 2); everything else is ours (exit 1). */
export const isCallerFault = (code: ApiErrorCode): boolean =>
  code === 'bad_input' || code === 'not_found' || code === 'refused' || code === 'conflict';
