/** advertiser.json: pyoffers' tests/models/test_advertiser.py (the `advertiser` fixture is id 114). */
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { Advertiser, HasOffersError } from '../../../src/index.js';
import type { FlowFactory } from '../flow.js';
import { recordedData, step } from '../flow.js';

export const advertiserFlow: FlowFactory = () => {
  let advertiser: Advertiser;
  return {
    cassette: 'advertiser',
    steps: [
      step('create() returns the Advertiser HasOffers created (#0)', async ({ api, server }) => {
        advertiser = await api.advertisers.create({ status: 'pending', company: 'Test', country: 'CZ', zipcode: '123456' });
        expect(advertiser).toBeInstanceOf(Advertiser);
        expect(advertiser.id).toBe('114');
        expect(advertiser.country).toBe('CZ');
        expect(advertiser.toJSON()).toEqual(recordedData(server, 0, 'Advertiser'));
        // pyoffers' display field for Advertiser is company.
        expect(String(advertiser)).toBe('Advertiser: Test');
        expect(inspect(advertiser)).toBe('<Advertiser: Test>');
      }),
      step('findById() finds it, and answers null for an unknown id (#1, #2)', async ({ api }) => {
        const found = await api.advertisers.findById(advertiser.id);
        expect(found).toBeInstanceOf(Advertiser);
        expect(found?.country).toBe('CZ');
        expect(found?.equals(advertiser)).toBe(true);
        expect(await api.advertisers.findById(100000)).toBeNull();
      }),
      step('advertiser.update() returns the updated model (#3)', async () => {
        const updated = await advertiser.update({ company: 'Another' });
        expect(updated.company).toBe('Another');
        expect(String(updated)).toBe('Advertiser: Another');
        expect(updated.equals(advertiser)).toBe(true);
      }),
      step('a refused update throws HasOffersError in pyoffers\' format (#4)', async () => {
        const error = await advertiser.update({ account_manager_id: 'string' }).then(
          () => undefined,
          (failure: unknown) => failure,
        );
        expect(error).toBeInstanceOf(HasOffersError);
        expect((error as HasOffersError).message).toBe('Error code: 3. Could not update advertiser. Account_manager_id is not valid.');
        expect((error as HasOffersError).errors).toEqual([
          { err_code: 3, err_msg: 'Account_manager_id is not valid.', attribute_name: 'account_manager_id', publicMessage: 'Could not update advertiser.' },
        ]);
      }),
      step("advertiser.block('reason text') answers true (#5)", async () => {
        expect(await advertiser.block('reason text')).toBe(true);
      }),
      step('findAll({ limit: 2 }) keeps the descending order the server wrote (#6)', async ({ api }) => {
        const page = await api.advertisers.findAll({ limit: 2 });
        expect(page.every((item) => item instanceof Advertiser)).toBe(true);
        expect(page.map((item) => item.id)).toEqual(['114', '108']);
        expect(page.map((item) => item.status)).toEqual(['blocked', 'deleted']);
      }),
    ],
  };
};
