/**
 * conversion.json: pyoffers' tests/models/test_conversion.py (the `conversion` fixture is 99630),
 * then its rate-limit tests: offer 13 is refused once and then answered, offer 14 is refused
 * three times.
 */
import { expect } from 'vitest';
import { Conversion, MaxRetriesExceededError, RateLimitError } from '../../../src/index.js';
import type { FlowFactory } from '../flow.js';
import { recordedData, step } from '../flow.js';

const RATE_LIMIT_MESSAGE =
  'blabla.  API usage exceeded rate limit.  Configured: 50/10s window; Your usage: 51.  See https://help.tune.com/hasoffers/rate-limit-error/ for guidance.';

export const conversionFlow: FlowFactory = () => {
  let conversion: Conversion;
  return {
    cassette: 'conversion',
    // Two retries after the first attempt: three attempts in all, as recordings #12-#14 expect.
    client: { retries: 2, retryTimeout: 0 },
    steps: [
      step('create() returns the Conversion HasOffers created (#0)', async ({ api, server }) => {
        conversion = await api.conversions.create({ status: 'pending', payout: '1', revenue: '1', affiliate_id: '1', offer_id: '1', status_code: '22' });
        expect(conversion).toBeInstanceOf(Conversion);
        expect(conversion.id).toBe('99630');
        expect(conversion.revenue).toBe('1.00000');
        expect(conversion.toJSON()).toEqual(recordedData(server, 0, 'Conversion'));
      }),
      step('findById() finds it, and answers null for an unknown id (#1, #2)', async ({ api }) => {
        const found = await api.conversions.findById(conversion.id);
        expect(found).toBeInstanceOf(Conversion);
        expect(found?.revenue).toBe(conversion.revenue);
        expect(await api.conversions.findById(100000)).toBeNull();
      }),
      step('findAll({ limit: 2 }) keeps the descending order the server wrote (#3)', async ({ api }) => {
        const page = await api.conversions.findAll({ limit: 2 });
        expect(page.every((item) => item instanceof Conversion)).toBe(true);
        expect(page.map((item) => item.id)).toEqual(['3', '1']);
      }),
      step('conversion.update({ revenue: 2 }) sends the number as "2" (#4)', async () => {
        const updated = await conversion.update({ revenue: 2 });
        expect(updated.revenue).toBe('2.00000');
        expect(updated.equals(conversion)).toBe(true);
      }),
      step('an empty page (count 0) and an empty unpaginated list decode as [] (#5, #7)', async ({ api }) => {
        expect(await api.conversions.findAll({ filters: { goal_id: 100000 }, limit: 1 })).toEqual([]);
        expect(await api.conversions.findAll({ filters: { offer_id: 11 } })).toEqual([]);
      }),
      step('an unpaginated list decodes in server order (#6)', async ({ api }) => {
        const result = await api.conversions.findAll({ filters: { offer_id: 9 } });
        expect(result.every((item) => item instanceof Conversion)).toBe(true);
        expect(result.map((item) => item.id)).toEqual(['55632', '42018']);
      }),
      step('several filters, one result (#8)', async ({ api, server }) => {
        const result = await api.conversions.findAll({ filters: { offer_id: 7, status: 'approved', source: 'FP', session_ip: '127.0.0.1' } });
        expect(result).toHaveLength(1);
        expect(result[0]).toBeInstanceOf(Conversion);
        expect(result[0]?.toJSON()).toEqual(recordedData(server, 8, '73', 'Conversion'));
      }),
      step("fields: ['datetime', 'country_code'] returns models with only those fields (#9)", async ({ api }) => {
        const result = await api.conversions.findAll({ filters: { offer_id: 7 }, fields: ['datetime', 'country_code'], limit: 1 });
        expect(result).toHaveLength(1);
        expect(result[0]).toBeInstanceOf(Conversion);
        expect(result[0]?.toJSON()).toEqual({ datetime: '2016-02-22 04:29:09', country_code: 'CZ' });
      }),
      step('a rate-limited call is retried and then answered (#10, #11)', async ({ api, server }) => {
        const result = await api.conversions.findAll({ filters: { offer_id: 13 }, fields: ['datetime', 'country_code'], limit: 1 });
        expect(result.map((item) => item.toJSON())).toEqual([{ datetime: '2016-02-29 09:20:59', country_code: 'CZ' }]);
        expect(server.received.filter((request) => request.rawPairs.includes('filters%5Boffer_id%5D=13'))).toHaveLength(2);
      }),
      step('rate-limited on every attempt: MaxRetriesExceededError after 1 + 2 attempts (#12-#14)', async ({ api, server }) => {
        const error = await api.conversions.findAll({ filters: { offer_id: 14 }, fields: ['datetime', 'country_code'], limit: 1 }).then(
          () => undefined,
          (failure: unknown) => failure,
        );
        expect(error).toBeInstanceOf(MaxRetriesExceededError);
        const maxRetries = error as MaxRetriesExceededError;
        expect(maxRetries.attempts).toBe(3);
        expect(maxRetries.lastError).toBeInstanceOf(RateLimitError);
        expect(maxRetries.lastError?.message).toBe(RATE_LIMIT_MESSAGE);
        expect(maxRetries.message).toBe(`Max retries exceeded: 3 attempts were rate-limited (last: ${RATE_LIMIT_MESSAGE})`);
        expect(server.received.filter((request) => request.rawPairs.includes('filters%5Boffer_id%5D=14'))).toHaveLength(3);
      }),
    ],
  };
};
