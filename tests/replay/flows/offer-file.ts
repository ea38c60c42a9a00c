/** offer_file.json: pyoffers' tests/models/test_offer_file.py (the `offer_file` fixture is file 96). */
import { expect } from 'vitest';
import { HasOffersError, OfferFile } from '../../../src/index.js';
import { join } from 'node:path';
import { SHARED_DIR } from '../../helpers/cassette.js';
import type { FlowFactory } from '../flow.js';
import { recordedData, step } from '../flow.js';

const THUMBNAIL = join(SHARED_DIR, 'fixtures', 'test-thumbnail.jpg');

export const offerFileFlow: FlowFactory = () => {
  let file: OfferFile;
  return {
    cassette: 'offer_file',
    steps: [
      step('offerFiles.create(path, data) uploads the thumbnail as pyoffers did (#0, #9)', async ({ api }) => {
        // The multipart bodies themselves are checked byte for byte in tests/upload/replay.test.ts.
        const created = await api.offerFiles.create(THUMBNAIL, { display: 'TEST_FILE', type: 'offer thumbnail', width: 200, height: 100, offer_id: 438 });
        expect(created).toBeInstanceOf(OfferFile);
        expect(String(created)).toBe('OfferFile: test-thumbnail.jpg');
        const another = await api.offerFiles.create(THUMBNAIL, { display: 'TEST_FILE', type: 'offer thumbnail', width: 200, height: 100, offer_id: 438, filename: 'another.jpg' });
        expect(another.filename).toBe('another.jpg');
      }),
      step('findById() returns the uploaded file, and null for an unknown id (#1, #2)', async ({ api, server }) => {
        const found = await api.offerFiles.findById(96);
        expect(found).toBeInstanceOf(OfferFile);
        file = found as OfferFile;
        expect(file.display).toBe('TEST_FILE');
        expect(file.toJSON()).toEqual(recordedData(server, 1, 'OfferFile'));
        expect(String(file)).toBe('OfferFile: test-thumbnail.jpg');
        expect(await api.offerFiles.findById(902)).toBeNull();
      }),
      step('findAll({ limit: 2 }) returns two OfferFiles in server order (#3)', async ({ api }) => {
        const page = await api.offerFiles.findAll({ limit: 2 });
        expect(page.every((item) => item instanceof OfferFile)).toBe(true);
        expect(page.map((item) => item.id)).toEqual(['2', '4']);
        // pyoffers shows the display field even when it is empty.
        expect(page.map(String)).toEqual(['OfferFile: ', 'OfferFile: present-3-512.png']);
      }),
      step('file.update() returns the updated model (#4)', async () => {
        const updated = await file.update({ display: 'NEW_TEST_FILE' });
        expect(updated.display).toBe('NEW_TEST_FILE');
      }),
      step("a refused update throws HasOffersError in pyoffers' format (#5)", async () => {
        const error = await file.update({ type: 'whatever' as never }) // an invalid type on purpose (the types refuse it too)
          .then(
          () => undefined,
          (failure: unknown) => failure,
        );
        expect(error).toBeInstanceOf(HasOffersError);
        expect((error as HasOffersError).message).toBe(
          'Error code: 3. Could not update offer file. Type must be one of: file, image banner, flash banner, email creative, offer thumbnail, text ad, html ad, xml feed, hidden',
        );
      }),
      step('file.delete() sets status deleted (#6, #7, #8)', async ({ api }) => {
        const deleted = await file.delete();
        expect(deleted).toBeInstanceOf(OfferFile);
        expect(deleted.status).toBe('deleted');
        expect((await api.offerFiles.findById(file.id))?.status).toBe('deleted');
        expect((await api.offerFiles.findById(file.id))?.status).toBe('deleted');
      }),
      step("contain: ['CreativeCode'] puts the code on file.creativeCode as a string (#10)", async ({ api }) => {
        const withCode = await api.offerFiles.findById(2, { contain: ['CreativeCode'] });
        expect(withCode).toBeInstanceOf(OfferFile);
        expect(withCode?.creativeCode).toBe('http://www.example.com');
        expect(withCode?.toJSON()).not.toHaveProperty('CreativeCode');
      }),
    ],
  };
};
