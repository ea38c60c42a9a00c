import { describe, expect, it } from 'vitest';
import { HasOffersError, InvalidResponseError, RateLimitError } from '../../src/errors.js';
import { checkErrors, errorList, invalidBodyError, isEmptyData, isPaginated, pageInfo, readEnvelope, unwrapPage } from '../../src/response/envelope.js';
import { orderedKeys, parseOrderedJson } from '../../src/response/ordered-json.js';

const RATE_LIMIT = 'blabla.  API usage exceeded rate limit.  Configured: 50/10s window; Your usage: 51.  See https://help.tune.com/hasoffers/rate-limit-error/ for guidance.';

describe('readEnvelope', () => {
  it('returns the response object', () => {
    const body = parseOrderedJson('{"request":{},"response":{"status":1,"httpStatus":200,"data":true,"errors":[],"errorMessage":null}}');
    expect(readEnvelope(body, 200, '')).toEqual({ status: 1, httpStatus: 200, data: true, errors: [], errorMessage: null });
  });

  it('throws InvalidResponseError naming the status and an excerpt for anything else', () => {
    expect(() => readEnvelope([], 200, '[]')).toThrow(InvalidResponseError);
    expect(() => readEnvelope({ data: 1 }, 200, '{"data":1}')).toThrow('HasOffers answered HTTP 200 without a "response" object: {"data":1}');
    const error = (() => {
      try {
        readEnvelope('text', 502, `${'x'.repeat(300)}`);
      } catch (failure) {
        return failure as InvalidResponseError;
      }
      return undefined;
    })();
    expect(error?.status).toBe(502);
    expect(error?.bodyExcerpt.length).toBeLessThanOrEqual(201);
  });

  it('invalidBodyError says what was wrong, or that the body was empty', () => {
    expect(invalidBodyError(500, '', 'for Offer.findAll').message).toBe('HasOffers answered HTTP 500 for Offer.findAll: (empty body)');
    expect(invalidBodyError(200, '<html>\n  <b>oops</b>\n</html>', 'with a body that is not JSON').message).toBe(
      'HasOffers answered HTTP 200 with a body that is not JSON: <html> <b>oops</b> </html>',
    );
  });
});

describe('errors', () => {
  it('reads the errors list', () => {
    const errors = [{ err_code: 3, err_msg: 'Type must be one of: file', attribute_name: 'type', publicMessage: 'Could not update offer file.' }];
    expect(errorList({ errors })).toEqual(errors);
  });

  it('reads the single object HasOffers sends for bad credentials', () => {
    expect(errorList({ errors: { publicMessage: 'Network id is not valid' } })).toEqual([{ publicMessage: 'Network id is not valid' }]);
  });

  it('reads no errors from [], {}, null or a missing key', () => {
    expect(errorList({ errors: [] })).toEqual([]);
    expect(errorList({ errors: {} as never })).toEqual([]);
    expect(errorList({ errors: null as never })).toEqual([]);
    expect(errorList({})).toEqual([]);
  });

  it('checkErrors throws HasOffersError with pyoffers\' message, naming target and method', () => {
    let error: unknown;
    try {
      checkErrors({ errors: [{ err_code: 1, publicMessage: 'Could not create offer.', err_msg: 'Name cannot be blank.' }] }, 'Offer', 'create');
    } catch (failure) {
      error = failure;
    }
    expect(error).toBeInstanceOf(HasOffersError);
    expect(error).not.toBeInstanceOf(RateLimitError);
    expect((error as HasOffersError).message).toBe('Error code: 1. Could not create offer. Name cannot be blank.');
    expect((error as HasOffersError).target).toBe('Offer');
    expect((error as HasOffersError).method).toBe('create');
  });

  it('checkErrors throws RateLimitError for the rate-limit answer', () => {
    expect(() => checkErrors({ status: -1, data: '', errors: [{ publicMessage: RATE_LIMIT }] })).toThrow(RateLimitError);
    expect(() => checkErrors({ errors: [{ publicMessage: RATE_LIMIT }] })).toThrow(RATE_LIMIT);
  });

  it('checkErrors passes answers without errors', () => {
    expect(() => checkErrors({ status: 1, data: null, errors: [] })).not.toThrow();
  });
});

describe('pagination', () => {
  const page = parseOrderedJson('{"page":1,"current":0,"count":60,"pageCount":30,"data":{"114":{"Advertiser":{"id":"114"}},"108":{"Advertiser":{"id":"108"}}}}');
  // Offer.getOfferFilesWithCreativeCode answers pages without `page`.
  const withoutPage = parseOrderedJson('{"current":0,"count":1,"pageCount":1,"data":{"2":{"OfferFile":{"id":"2"},"CreativeCode":"http://www.example.com"}}}');
  const empty = parseOrderedJson('{"page":1,"current":0,"count":0,"pageCount":0,"data":[]}');

  it('recognises both page shapes, and nothing else', () => {
    expect(isPaginated(page)).toBe(true);
    expect(isPaginated(withoutPage)).toBe(true);
    expect(isPaginated(empty)).toBe(true);
    expect(isPaginated({ Offer: { id: '1' } })).toBe(false);
    expect(isPaginated({ 62: { Offer: { id: '62' } } })).toBe(false);
    expect(isPaginated(['1', '3'])).toBe(false);
    expect(isPaginated(null)).toBe(false);
  });

  it('unwrapPage returns the items, in server order', () => {
    expect(orderedKeys(unwrapPage(page) as object)).toEqual(['114', '108']);
    expect(orderedKeys(unwrapPage(withoutPage) as object)).toEqual(['2']);
    expect(unwrapPage(empty)).toEqual([]);
    expect(unwrapPage(parseOrderedJson('{"page":1,"count":"0","pageCount":0}'))).toEqual([]);
  });

  it('unwrapPage leaves unpaginated data as it is', () => {
    const data = { Offer: { id: '1' } };
    expect(unwrapPage(data)).toBe(data);
    expect(unwrapPage(true)).toBe(true);
  });

  it('pageInfo reads page, pageCount and count, with defaults for the shape without page', () => {
    expect(pageInfo(page)).toEqual({ page: 1, pageCount: 30, count: 60 });
    expect(pageInfo(withoutPage)).toEqual({ page: 1, pageCount: 1, count: 1 });
    expect(pageInfo(empty)).toEqual({ page: 1, pageCount: 0, count: 0 });
    expect(pageInfo({ page: '2', pageCount: '5', count: '9', data: [] })).toEqual({ page: 2, pageCount: 5, count: 9 });
    expect(pageInfo({ Offer: {} })).toBeUndefined();
  });
});

describe('isEmptyData (pyoffers: nothing to decode)', () => {
  it.each([[true], [false], [null], [undefined], [''], [0], [[]], [{}]])('%j is empty', (value) => {
    expect(isEmptyData(value)).toBe(true);
  });

  it.each([['approved'], [['1']], [{ Offer: {} }], [1]])('%j is not', (value) => {
    expect(isEmptyData(value)).toBe(false);
  });
});
