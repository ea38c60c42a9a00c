/**
 * Thousands of malformed requests against a real sandbox on 127.0.0.1, with real writes mixed in:
 * every well-framed request gets an HTTP answer, the server keeps running, and every write it
 * acknowledged is still there (in memory and in the --state file) afterwards.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { Prng } from '../../src/sandbox/prng.js';
import { CREDENTIALS, get } from './helpers.js';
import { exchange, frame } from './raw-http.js';

const API = '/Apiv3/json';
const rng = new Prng(1313);

const PATHS = ['/%', '/%%', '/%zz', '/%E0%A4%A', '/%ED%A0%80', '/%00', `${API}%`, `/%/${API}`, '/files/%/1/x.png', '/files/1/%ff/%', '/files/1/1/%E0',
  '/rawlogs/%/20240505/x.zip', '/rawlogs/clicks/%GG/%', '/rawlogs/clicks/20240505/..%2F..%2Fstate.json', '//', '/', '/./..', `/${'a/'.repeat(500)}`,
  '/files/__proto__/constructor/toString', '/rawlogs/constructor/__proto__/x', '*', `${API}/..`, `/x${API}`, `${API}?`];

const TARGETS = ['Offer', 'Affiliate', 'Advertiser', 'Tag', 'OfferFile', 'Goal', 'Conversion', 'RawLog', 'Application', '__proto__', 'constructor', 'toString', '', '%', 'Offer%00'];
const METHODS = ['findAll', 'findById', 'findAllIds', 'create', 'update', 'delete', 'addTargetCountry', 'getTargetCountries', 'blockAffiliate', 'setAffiliateApproval',
  'generateTrackingLink', 'listLogs', 'listDateDirs', 'getDownloadLink', 'setForOffer', 'addToOffer', 'findAllOfferTagRelations', 'constructor', 'hasOwnProperty', '__proto__', ''];
const KEYS = ['id', 'data[name]', 'data[status]', 'data[]', 'data[__proto__][x]', 'data[constructor]', 'filters[id]', 'filters[name][LIKE]', 'filters[name][RLIKE]',
  'filters[OR][0][id]', 'filters[OR][id][GREATER_THAN]', 'filters[__proto__]', 'filters[id][]', 'filters[toString][NULL]', 'sort[Offer.id]', 'sort[]', 'sort[__proto__]',
  'fields[]', 'fields[][]', 'contain[]', 'limit', 'page', 'log_type', 'date_dir', 'log_filename', 'tag_ids[]', 'tag_id', 'offer_id', 'affiliate_id', 'country_code',
  'options[tiny_url]', 'params[x]', 'a[[b]', 'a]b[', '[', ']', '[]', 'a[b][c][d][e][f][g][h][i][j][k][l]', '%', '%5B', '__proto__', 'constructor[prototype][x]', 'Target[]', 'Method[x]',
  'NetworkToken[]'];
const VALUES = ['', '1', '-1', '0', '99999999999999999999', '1e999', 'NaN', 'active', 'desc', 'up', '%', '%zz', '%E0%A4%A', '%ED%A0%80', '%00', '%C0%AF', 'a+b', '^(a+)+$', '(', '[',
  '%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25a', '__proto__', 'toString', 'clicks', '20240505', '20240505/clicks-x.zip', `${'%'.repeat(40)}x`, '\\', '.*.*.*.*.*.*.*=', 'x'.repeat(5000)];

function garbage(length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(rng.int(0, 255));
  return text;
}

function mutate(text: string): string {
  const chars = [...text];
  const edits = rng.int(1, 4);
  for (let i = 0; i < edits; i++) {
    const at = rng.int(0, chars.length);
    const kind = rng.int(0, 3);
    const insert = rng.pick(['%', '\0', '\r', '\n', ' ', '[', ']', '&', '=', '\xff', '\x7f', ':', '"', garbage(rng.int(1, 8))]);
    if (kind === 0) chars.splice(at, 0, insert);
    else if (kind === 1) chars.splice(at, rng.int(1, 5));
    else chars.splice(at, 1, insert);
  }
  return chars.join('');
}

function randomQuery(): string {
  const pairs = [`Target=${rng.pick(TARGETS)}`, `Method=${rng.pick(METHODS)}`];
  if (rng.chance(0.9)) pairs.unshift(CREDENTIALS);
  for (let i = rng.int(0, 8); i > 0; i--) pairs.push(`${rng.pick(KEYS)}=${rng.pick(VALUES)}`);
  if (rng.chance(0.05)) pairs.push(Array.from({ length: rng.int(100, 3000) }, () => `${rng.pick(['a[]', 'fields[]', 'filters[id][]', 'a[x][]'])}=1`).join('&'));
  let query = pairs.join('&');
  if (rng.chance(0.3)) query = mutate(query);
  // The request target may not hold spaces, CR or LF: those go in broken-framing cases.
  return query.replace(/[\s\0]/g, '+');
}

function multipart(): { type: string; body: Buffer } {
  const boundary = rng.pick(['XyZ', '', '"quoted"', '--', 'a'.repeat(80), 'x;y']);
  const type = rng.pick([`multipart/form-data; boundary=${boundary}`, 'multipart/form-data', 'multipart/form-data; boundary=', `multipart/form-data; boundary="${boundary}"`, 'multipart/mixed; boundary=XyZ']);
  const parts: string[] = [];
  for (let i = rng.int(0, 6); i > 0; i--) {
    const name = rng.pick(['banner.png', 'data[name]', '', '"', '__proto__', 'x'.repeat(300)]);
    const disposition = rng.pick([`form-data; name="${name}"`, `form-data; name="${name}"; filename="${name}"`, 'form-data', 'garbage', `form-data; filename="../../etc/${name}"`]);
    parts.push(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${rng.chance(0.3) ? 'Content-Type: image/png\r\n' : ''}\r\n${rng.chance(0.5) ? garbage(rng.int(0, 200)) : rng.pick(VALUES)}\r\n`);
  }
  let body = `${parts.join('')}${rng.chance(0.7) ? `--${boundary}--\r\n` : ''}`;
  if (rng.chance(0.4)) body = mutate(body);
  return { type, body: Buffer.from(body, 'latin1') };
}

/** A request the HTTP framing accepts, carrying a malformed path, query, header or body. */
function wellFramed(): Buffer {
  const kind = rng.int(0, 4);
  if (kind === 0) return frame(rng.pick(['GET', 'POST', 'HEAD', 'OPTIONS', 'DELETE', 'PUT']), `${rng.pick(PATHS)}${rng.chance(0.5) ? `?${randomQuery()}` : ''}`);
  if (kind === 1) return frame('GET', `${API}?${randomQuery()}`, rng.chance(0.5) ? { 'Accept-Encoding': 'gzip' } : {});
  if (kind === 2) {
    const { type, body } = multipart();
    return frame('POST', `${API}?${CREDENTIALS}&Target=OfferFile&Method=create&data[offer_id]=${rng.pick(['1', '%', '-1', ''])}`, { 'Content-Type': type }, body);
  }
  if (kind === 3) {
    const type = rng.pick(['application/x-www-form-urlencoded', '', 'text/plain', 'application/json', 'application/x-www-form-urlencoded; charset=utf-16', 'multipart/form-data; boundary=XyZ']);
    const body = rng.chance(0.5) ? randomQuery() : garbage(rng.int(0, 500));
    return frame('POST', rng.pick([API, `${API}?${CREDENTIALS}`, `${API}?%`]), type ? { 'Content-Type': type } : {}, body);
  }
  const headers: Record<string, string> = {};
  for (let i = rng.int(1, 6); i > 0; i--) {
    headers[rng.pick(['Content-Type', 'Accept-Encoding', 'X-Weird', 'Origin', 'Cookie', 'Transfer-Encoding-Not', 'Expect'])] = rng.pick(['gzip, deflate', 'multipart/form-data; boundary=', '%', 'x'.repeat(2000), '100-continue', 'null', 'http://evil.example']);
  }
  return frame(rng.pick(['GET', 'POST']), `${API}?${randomQuery()}`, headers);
}

/** Bytes the HTTP parser itself must refuse (or that end before a request is complete). */
function brokenFraming(): Buffer {
  const kind = rng.int(0, 4);
  if (kind === 0) return Buffer.from(garbage(rng.int(1, 300)), 'latin1');
  if (kind === 1) return Buffer.from(mutate(frame('GET', `${API}?${CREDENTIALS}&Target=Offer&Method=findAll`).toString('latin1')), 'latin1');
  if (kind === 2) {
    return Buffer.from(rng.pick([
      'GET /% HTTP/1.1\r\n\r\n', 'GET\r\n\r\n', 'GET / HTTP/9.9\r\n\r\n', ' / HTTP/1.1\r\n\r\n', 'GET  HTTP/1.1\r\nHost: x\r\n\r\n', 'GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n',
      'POST /Apiv3/json HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello', 'POST /Apiv3/json HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nxx\r\n0\r\n\r\n',
      'POST /Apiv3/json HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n', 'GET / HTTP/1.1\r\nBad Header\r\n\r\n', 'GET / HTTP/1.1\r\n: empty\r\n\r\n',
      `GET / HTTP/1.1\r\nX: ${'y'.repeat(20_000)}\r\n\r\n`, 'GET /\0 HTTP/1.1\r\n\r\n', 'GET /\x7f HTTP/1.1\r\n\r\n', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', '\r\n\r\n\r\n',
      'POST /Apiv3/json?NetworkToken=sandbox-token&NetworkId=sandbox HTTP/1.1\r\nContent-Length: 100\r\n\r\nshort',
    ]), 'latin1');
  }
  if (kind === 3) {
    // A body that stops half-way: the client goes away mid-upload.
    const { type, body } = multipart();
    const whole = frame('POST', `${API}?${CREDENTIALS}&Target=OfferFile&Method=create`, { 'Content-Type': type }, Buffer.concat([body, Buffer.alloc(1000, 0x61)]));
    return whole.subarray(0, rng.int(10, whole.length - 1));
  }
  return Buffer.from(`${rng.pick(['GET', 'POST', 'G', 'get', 'GET /'])} ${mutate(`${API}?${randomQuery()}`)} HTTP/1.1\r\n${mutate('Host: 127.0.0.1\r\n')}\r\n`, 'latin1');
}

async function pool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) {
      const index = next++;
      out[index] = await task(index);
    }
  }));
  return out;
}

let dir: string;
let statePath: string;
let sandbox: SandboxHandle;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tsoffers-fuzz-'));
  statePath = join(dir, 'state.json');
  sandbox = await startSandbox({ seed: 3, statePath });
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the sandbox under malformed requests', () => {
  it('answers every well-framed request, survives broken framing, and keeps every acknowledged write', async () => {
    const acknowledged: string[] = [];
    const unanswered: string[] = [];
    const TOTAL = 3000;
    await pool(TOTAL, 24, async (index) => {
      if (index % 25 === 0) {
        const name = `fuzz-${index}`;
        const answer = await exchange(sandbox.port, frame('GET', `${API}?${CREDENTIALS}&Target=Tag&Method=create&data[name]=${name}`));
        if (answer.status === 200 && JSON.parse(answer.body).response.status === 1) acknowledged.push(name);
        return;
      }
      const framed = index % 3 !== 0;
      const request = framed ? wellFramed() : brokenFraming();
      const answer = await exchange(sandbox.port, request, { halfClose: !framed });
      if (answer.timedOut || (framed && answer.status === undefined)) unanswered.push(request.toString('latin1').slice(0, 200));
    });
    expect(unanswered.slice(0, 5)).toEqual([]);
    expect(acknowledged.length).toBe(TOTAL / 25);

    // Still serving, with every acknowledged write in memory…
    const tags = await get(sandbox, 'Target=Tag&Method=findAll&filters[name][LIKE]=fuzz-%&limit=1000');
    const names = Object.values((tags.response.data as { data: Record<string, { Tag: { name: string } }> }).data).map((item) => item.Tag.name);
    expect(names.sort()).toEqual([...acknowledged].sort());
    // …and already in the state file: an answered write is durable, not waiting for a debounce.
    const saved = readFileSync(statePath, 'utf8');
    for (const name of acknowledged) expect(saved).toContain(`"${name}"`);
    // A sandbox started from that file now (as after a kill) serves them all.
    const copy = join(dir, 'copy.json');
    writeFileSync(copy, saved);
    const restarted = await startSandbox({ statePath: copy });
    try {
      const again = await get(restarted, 'Target=Tag&Method=findAll&filters[name][LIKE]=fuzz-%&limit=1000');
      expect(Object.keys((again.response.data as { data: object }).data).length).toBe(acknowledged.length);
    } finally {
      await restarted.close();
    }
  }, 60_000);
});
