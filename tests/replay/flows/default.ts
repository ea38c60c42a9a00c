/**
 * default.json: pyoffers' tests/test_api.py (bad credentials) and tests/models/test_core.py, which
 * uses the session fixtures (an offer, advertiser 114 and conversion 99630).
 */
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { Advertiser, Conversion, HasOffersError, Offer } from '../../../src/index.js';
import type { FlowFactory } from '../flow.js';
import { recordedData, step } from '../flow.js';

const URL = 'http://www.example.com';

export const defaultFlow: FlowFactory = () => ({
  cassette: 'default',
  steps: [
    step('bad credentials: `errors` as a single object decodes into a HasOffersError (#0)', async ({ client }) => {
      const invalid = client({ networkToken: 'invalid' });
      const error = await invalid.call('test', 'test').then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(error).toBeInstanceOf(HasOffersError);
      expect((error as HasOffersError).message).toBe('Network id is not valid');
      expect((error as HasOffersError).errors).toEqual([{ publicMessage: 'Network id is not valid' }]);
      // The token is a credential: it must not leak into the error.
      expect(inspect(error)).not.toContain('invalid');
    }),
    step('advertisers.findAllIds() returns the raw id strings (#1)', async ({ api, server }) => {
      const ids = await api.advertisers.findAllIds();
      expect(ids).toEqual(recordedData(server, 1));
      expect(ids.slice(0, 3)).toEqual(['1', '3', '4']);
    }),
    step('the session fixtures: an offer, an advertiser, a conversion (#2, #3, #4)', async ({ api, server }) => {
      const offer = await api.offers.create({ name: 'Test', offer_url: URL, status: 'pending', expiration_date: '2030-12-12 23:59:59', preview_url: URL });
      expect(offer).toBeInstanceOf(Offer);
      expect(offer.id).toBe('196');
      const advertiser = await api.advertisers.create({ status: 'pending', company: 'Test', country: 'CZ', zipcode: '123456' });
      expect(advertiser).toBeInstanceOf(Advertiser);
      expect(String(advertiser)).toBe('Advertiser: Test');
      expect(inspect(advertiser)).toBe('<Advertiser: Test>');
      // toJSON() is pyoffers' as_dict(): the fields exactly as sent, nulls included.
      expect(advertiser.toJSON()).toEqual(recordedData(server, 3, 'Advertiser'));
      expect(advertiser.toJSON()).toMatchObject({ id: '114', company: 'Test', modified: -62169966000, account_manager_id: null, wants_alerts: '1' });
      const conversion = await api.conversions.create({ status: 'pending', payout: '1', revenue: '1', affiliate_id: '1', offer_id: '1', status_code: '22' });
      expect(conversion).toBeInstanceOf(Conversion);
      expect(conversion.id).toBe('99630');
    }),
  ],
});
