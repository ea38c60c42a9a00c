import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI, OfferFile } from '../../src/index.js';
import { CASSETTE_DIR, HAVE_CASSETTES, SHARED_DIR, startReplay } from '../helpers/cassette.js';
import { missingSharedFixture } from '../rawlog/helpers.js';
import type { Interaction, ReplayServer } from '../helpers/cassette.js';
import { boundaryOf, parseMultipart } from './helpers.js';

const THUMBNAIL = join(SHARED_DIR, 'fixtures', 'test-thumbnail.jpg');
const HAVE_FIXTURES = HAVE_CASSETTES && existsSync(THUMBNAIL);
if (!HAVE_FIXTURES) console.warn(`[upload/replay] skipped: ${missingSharedFixture(HAVE_CASSETTES ? THUMBNAIL : CASSETTE_DIR)}`);

/** The recorded request's boundary (from its Content-Type header, which the replay helper does not keep). */
function recordedBoundary(interaction: Interaction): string {
  const raw = JSON.parse(readFileSync(join(SHARED_DIR, 'fixtures', 'cassettes', 'offer_file.json'), 'utf8')) as {
    http_interactions: { request: { headers: Record<string, string[]> } }[];
  };
  return boundaryOf(raw.http_interactions[interaction.index]?.request.headers['Content-Type']?.[0]);
}

function recordedParts(interaction: Interaction): ReturnType<typeof parseMultipart> {
  return parseMultipart(interaction.requestBody, recordedBoundary(interaction));
}

/**
 * pyoffers' recorded uploads (offer_file.json), replayed: the URI pairs must match the recording
 * (the replay server answers 599 otherwise) and the multipart body must have the recorded
 * structure, part headers and bytes; only the boundary differs.
 */
describe.skipIf(!HAVE_FIXTURES)(`offerFiles.create against the recorded upload${HAVE_FIXTURES ? '' : ` (SKIPPED: ${missingSharedFixture(HAVE_CASSETTES ? THUMBNAIL : CASSETTE_DIR)})`}`, () => {
  let server: ReplayServer;
  let api: HasOffersAPI;
  beforeAll(async () => {
    server = await startReplay(['offer_file'], (interaction) => interaction.method === 'POST');
    api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: 'token', networkId: 'id', retries: 0, rateLimit: false, proxy: false });
  });
  afterAll(async () => {
    await api.close();
    await server.close();
  });

  it('sends what pyoffers sent for create(path, display, type, width, height, offer_id)', async () => {
    expect(server.interactions).toHaveLength(2);
    const created = await api.offerFiles.create(THUMBNAIL, { display: 'TEST_FILE', type: 'offer thumbnail', width: 200, height: 100, offer_id: 438 });
    expect(created).toBeInstanceOf(OfferFile);
    expect(created.id).toBe('96');
    expect(String(created)).toBe('OfferFile: test-thumbnail.jpg');
    const received = server.received.at(-1)!;
    expect(received.matched).toBe(server.interactions[0]!.index);
    const sent = parseMultipart(received.body, boundaryOf(received.headers['content-type'] as string));
    const recorded = recordedParts(server.interactions[0]!);
    expect(sent.map((part) => part.headers)).toEqual(recorded.map((part) => part.headers));
    expect(sent.map((part) => part.body.equals(readFileSync(THUMBNAIL)))).toEqual([true]);
    expect(sent[0]!.body.equals(recorded[0]!.body)).toBe(true);
    // The same bytes around the file: only the boundary's length differs.
    const framing = (body: Buffer, boundary: string) => body.length - 2 * boundary.length;
    expect(framing(received.body, boundaryOf(received.headers['content-type'] as string))).toBe(
      framing(server.interactions[0]!.requestBody, recordedBoundary(server.interactions[0]!)),
    );
  });

  it('sends what pyoffers sent with filename="another.jpg" (part name from data, filename= from the file)', async () => {
    const created = await api.offerFiles.create(THUMBNAIL, { display: 'TEST_FILE', type: 'offer thumbnail', width: 200, height: 100, offer_id: 438, filename: 'another.jpg' });
    expect(created.id).toBe('320');
    expect(created.filename).toBe('another.jpg');
    const received = server.received.at(-1)!;
    expect(received.matched).toBe(server.interactions[1]!.index);
    const sent = parseMultipart(received.body, boundaryOf(received.headers['content-type'] as string));
    const recorded = recordedParts(server.interactions[1]!);
    expect(sent.map((part) => part.headers)).toEqual(recorded.map((part) => part.headers));
    expect(recorded[0]!.headers).toEqual(['Content-Disposition: form-data; name="another.jpg"; filename="test-thumbnail.jpg"']);
    expect(sent[0]!.body.equals(recorded[0]!.body)).toBe(true);
  });

  it('matched every request, and played every recorded upload', () => {
    expect(server.mismatches.map((m) => m.rawPairs.join('&'))).toEqual([]);
    expect(server.unplayed()).toEqual([]);
  });
});
