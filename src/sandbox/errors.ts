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

/**
 * A call about a record that is not there (update, block, an approval of an unknown offer). Reads
 * of one answer `data: null` instead, as the recorded findById does; "Failed to hydrate rows" is
 * kept for what HasOffers answers it to, a second id (affiliate_id, category_id) pointing at nothing.
 */
export function missingRecord(model: string, id: string): ApiFailure {
  return new ApiFailure([{ attribute_name: 'id', publicMessage: `${model} ${id} does not exist.` }], `${model} ${id} does not exist.`);
}

/** HasOffers' answer when a foreign id points at nothing. */
export function missingRows(id: string): ApiFailure {
  return ApiFailure.message(`Failed to hydrate rows: ${id}`);
}
