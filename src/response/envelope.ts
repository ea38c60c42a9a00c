import { detailText, HasOffersError, InvalidResponseError, RateLimitError } from '../errors.js';
import type { HasOffersErrorDetail } from '../errors.js';

/** The `response` part of every HasOffers answer. */
export interface EnvelopeResponse {
  readonly status?: number;
  readonly httpStatus?: number;
  readonly data?: unknown;
  readonly errors?: readonly HasOffersErrorDetail[] | HasOffersErrorDetail;
  readonly errorMessage?: string | null;
}

/** Paginated `data`: `{ page, current, count, pageCount, data }`. Some methods omit `page`. */
export interface PageData {
  readonly page?: number | string;
  readonly current?: number | string;
  readonly count?: number | string;
  readonly pageCount?: number | string;
  readonly data: unknown;
}

export const RATE_LIMIT_TEXT = 'API usage exceeded rate limit';

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

/** Reads the envelope out of a parsed body; anything that is not one is an InvalidResponseError. */
export function readEnvelope(body: unknown, status: number, rawText: string): EnvelopeResponse {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InvalidResponseError(`HasOffers answered HTTP ${status} with JSON that is not an object: ${excerpt(rawText)}`, status, excerpt(rawText));
  }
  const response = (body as { response?: unknown }).response;
  if (response === null || typeof response !== 'object' || Array.isArray(response)) {
    throw new InvalidResponseError(`HasOffers answered HTTP ${status} without a "response" object: ${excerpt(rawText)}`, status, excerpt(rawText));
  }
  return response as EnvelopeResponse;
}

/** Builds the error a non-JSON or non-2xx answer deserves. */
export function invalidBodyError(status: number, rawText: string, reason: string): InvalidResponseError {
  return new InvalidResponseError(`HasOffers answered HTTP ${status} ${reason}: ${excerpt(rawText) || '(empty body)'}`, status, excerpt(rawText));
}

/** The `errors` of an envelope as a list: HasOffers sends a list, or one object for bad credentials. */
export function errorList(response: EnvelopeResponse): HasOffersErrorDetail[] {
  const errors = response.errors;
  if (errors === undefined || errors === null) return [];
  // Entries that are not objects (a bare string, null) are kept as a publicMessage, never dropped.
  if (Array.isArray(errors)) return (errors as unknown[]).map((error) => (error !== null && typeof error === 'object' && !Array.isArray(error) ? (error as HasOffersErrorDetail) : { publicMessage: detailText(error) }));
  if (typeof errors === 'object') return Object.keys(errors).length ? [errors as HasOffersErrorDetail] : [];
  return [{ publicMessage: detailText(errors) }];
}

/** Throws the HasOffersError (or RateLimitError) an envelope carries, if any. */
export function checkErrors(response: EnvelopeResponse, target?: string, method?: string): void {
  const errors = errorList(response);
  if (!errors.length) return;
  const isRateLimit = errors.some((error) => detailText(error.publicMessage ?? error.err_msg ?? '').includes(RATE_LIMIT_TEXT));
  throw isRateLimit ? new RateLimitError(errors, target, method) : new HasOffersError(errors, target, method);
}

export function isPaginated(data: unknown): data is PageData {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && ('page' in data || 'pageCount' in data);
}

/** pyoffers' notion of "nothing to decode": booleans and every falsy/empty value. */
export function isEmptyData(data: unknown): boolean {
  if (typeof data === 'boolean' || data === null || data === undefined || data === '' || data === 0) return true;
  if (Array.isArray(data)) return data.length === 0;
  if (typeof data === 'object') return Object.keys(data).length === 0;
  return false;
}

/** Strips pagination: the items of a page, or the data itself when it is not paginated. */
export function unwrapPage(data: unknown): unknown {
  if (!isPaginated(data)) return data;
  if ('count' in data && !Number(data.count)) return data.data ?? [];
  return data.data;
}

export interface PageInfo {
  readonly page: number;
  readonly pageCount: number;
  readonly count: number;
}

/** Page numbers of a paginated answer, or undefined for an unpaginated one. */
export function pageInfo(data: unknown): PageInfo | undefined {
  if (!isPaginated(data)) return undefined;
  return { page: Number(data.page ?? 1), pageCount: Number(data.pageCount ?? 1), count: Number(data.count ?? 0) };
}
