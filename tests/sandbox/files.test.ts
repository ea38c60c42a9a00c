import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import { CLICK_COLUMNS, CONVERSION_COLUMNS, IMPRESSION_COLUMNS } from '../../src/rawlog/columns.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { solidPng } from '../../src/sandbox/seed.js';
import { SHARED_DIR } from '../helpers/cassette.js';
import { CREDENTIALS, get } from './helpers.js';

let sandbox: SandboxHandle;
let api: HasOffersAPI;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 4 });
  api = new HasOffersAPI({ endpoint: sandbox.url, networkToken: 'sandbox-token', networkId: 'sandbox', retries: 0 });
});
afterAll(async () => {
  await sandbox.close();
});

const THUMBNAIL = join(SHARED_DIR, 'fixtures', 'test-thumbnail.jpg');

async function upload(bytes: Uint8Array, filename: string, fields: Record<string, string>): Promise<Record<string, unknown>> {
  const query = new URLSearchParams({ Target: 'OfferFile', Method: 'create' });
  for (const [key, value] of Object.entries(fields)) query.append(`data[${key}]`, value);
  const form = new FormData();
  // Like pyoffers (requests): the part is named after the file.
  form.append(filename, new Blob([bytes]), filename);
  const response = await fetch(`${sandbox.url}?${CREDENTIALS}&${query.toString()}`, { method: 'POST', body: form });
  return (await response.json()) as Record<string, unknown>;
}

describe('OfferFile uploads', () => {
  it('stores a multipart upload, reports its real size and serves it back', async () => {
    const png = solidPng(64, 32, [200, 10, 10]);
    const answer = (await upload(png, 'banner.png', { display: 'TEST_FILE', type: 'image banner', offer_id: '1', width: '1', height: '1' })) as { response: { data: { OfferFile: Record<string, string> } } };
    const file = answer.response.data.OfferFile;
    expect(file).toMatchObject({ filename: 'banner.png', display: 'TEST_FILE', type: 'image banner', size: String(png.length), width: '64', height: '32', status: 'active' });
    const url = String(file.url);
    expect(url.startsWith(`${sandbox.origin}/files/1/`)).toBe(true);
    const served = Buffer.from(await (await fetch(url)).arrayBuffer());
    expect(served.equals(png)).toBe(true);
    const found = await api.offerFiles.findById(file.id as string);
    expect(found?.filename).toBe('banner.png');
  });

  it.skipIf(!existsSync(THUMBNAIL))('reads the JPEG size of the recorded upload (640x480, 7592 bytes)', async () => {
    const jpeg = readFileSync(THUMBNAIL);
    const answer = (await upload(jpeg, 'test-thumbnail.jpg', { display: 'TEST_FILE', type: 'offer thumbnail', offer_id: '1', width: '200', height: '100' })) as { response: { data: { OfferFile: Record<string, string> } } };
    expect(answer.response.data.OfferFile).toMatchObject({ size: '7592', width: '640', height: '480' });
  });

  it('validates the type like HasOffers', async () => {
    const answer = (await upload(Buffer.from('x'), 'x.txt', { display: 'X', type: 'whatever', offer_id: '1' })) as { response: { errorMessage: string } };
    expect(answer.response.errorMessage).toBe('Could not create offer file.');
  });
});

describe('RawLog', () => {
  it('lists day directories and hourly files in HasOffers\' shapes', async () => {
    const dirs = await get(sandbox, 'Target=RawLog&Method=listDateDirs&log_type=clicks');
    const data = dirs.response.data as { logType: string; dateDirs: { displayName: string; dirName: string }[] };
    expect(data.logType).toBe('clicks');
    expect(data.dateDirs[0]).toEqual({ displayName: 'May 5, 2024', dirName: '20240505' });
    const logs = await get(sandbox, 'Target=RawLog&Method=listLogs&log_type=clicks&date_dir=20240505');
    const files = (logs.response.data as { logFiles: { displayName: string; startTimestamp: string; filename: string }[] }).logFiles;
    expect(files).toHaveLength(24);
    expect(files[0]!.displayName).toBe('May 5, 2024 - 11:00 pm');
    expect(files[0]!.filename).toMatch(/^20240505\/clicks-1714950000-[A-Za-z0-9_]{6}\.zip$/);
    const bad = await get(sandbox, 'Target=RawLog&Method=getDownloadLink&log_type=clicks&log_filename=20240505/nope.zip');
    expect(bad.response.errorMessage).toBe('Log file not found: 20240505/nope.zip');
  });

  it.each([
    ['clicks', CLICK_COLUMNS],
    ['conversions', CONVERSION_COLUMNS],
    ['impressions', IMPRESSION_COLUMNS],
  ] as const)('serves %s zips of one CSV with the SDK\'s columns, the same bytes every time', async (type, columns) => {
    const logs = await get(sandbox, `Target=RawLog&Method=listLogs&log_type=${type}&date_dir=20240503`);
    const file = (logs.response.data as { logFiles: { filename: string }[] }).logFiles[5]!;
    const link = await get(sandbox, `Target=RawLog&Method=getDownloadLink&log_type=${type}&log_filename=${encodeURIComponent(file.filename)}`);
    const url = (link.response.data as { link: string }).link;
    const zip = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const again = new Uint8Array(await (await fetch(url)).arrayBuffer());
    expect(Buffer.from(again).equals(Buffer.from(zip))).toBe(true);
    const entries = unzipSync(zip);
    const names = Object.keys(entries);
    expect(names).toEqual([`${file.filename.slice(9, -4)}.csv`]);
    const lines = Buffer.from(entries[names[0]!]!).toString('utf8').trim().split('\n');
    expect(lines[0]).toBe(columns.join(','));
    expect(lines.length).toBeGreaterThan(10);
  });

  it('is readable end to end by the SDK', async () => {
    const dirs = await api.rawLogs.conversions.listDateDirs();
    const logs = await dirs[0]!.listLogs();
    const records = await logs[0]!.records();
    expect(records.length).toBeGreaterThan(5);
    const first = records[0] as unknown as Record<string, string>;
    expect(sandbox.store.get('Offer', String(first.offer_id))).toBeDefined();
    expect(String(first.datetime).startsWith('2024-05-05')).toBe(true);
  });
});
