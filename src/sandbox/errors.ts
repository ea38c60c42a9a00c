/** HasOffers-style failures raised by handlers and turned into `status: -1` envelopes by the server. */

export interface ErrorDetail {
  readonly err_code?: number;
  readonly err_msg?: string;
  readonly attribute_name?: string;
  readonly publicMessage?: string;
}

export class ApiFailure extends Error {
  override name = 'ApiFailure';
  constructor(
    readonly errors: readonly ErrorDetail[],
    readonly errorMessage: string,
  ) {
    super(errorMessage);
  }

  /** One `{ publicMessage }` error, the form most HasOffers failures take. */
  static message(text: string): ApiFailure {
    return new ApiFailure([{ publicMessage: text }], text);
  }
}

export const NOT_IMPLEMENTED = 'not implemented in the sandbox';

export function notImplemented(target: string, method: string, why?: string): ApiFailure {
  return ApiFailure.message(`${target}.${method} is ${NOT_IMPLEMENTED}${why ? ` (${why})` : ''}.`);
}

/** HasOffers' answer when a foreign id points at nothing. */
export function missingRows(id: string): ApiFailure {
  return ApiFailure.message(`Failed to hydrate rows: ${id}`);
}
