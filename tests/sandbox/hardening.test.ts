/** Issue 13, "The sandbox": each fault a hostile review found, as behaviour of a real sandbox on 127.0.0.1. */
import { lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import { parseSandboxArgs } from '../../src/cli/sandbox-runner.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { buildParams, parsePairs, PARAM_LIMITS } from '../../src/sandbox/php-params.js';
import { buildSchema } from '../../src/sandbox/schema.js';
import { seedStore } from '../../src/sandbox/seed.js';
import { saveState } from '../../src/sandbox/state-file.js';
import { CREDENTIALS, get } from './helpers.js';
import type { Envelope } from './helpers.js';
import { exchange, frame } from './raw-http.js';

const API = '/Apiv3/json';
let sandbox: SandboxHandle;
let api: HasOffersAPI;
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tsoffers-hardening-'));
  dirs.push(dir);
  return dir;
}
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 6 });
  api = new HasOffersAPI({ endpoint: sandbox.url, networkToken: 'sandbox-token', networkId: 'sandbox', retries: 0 });
});
afterAll(async () => {
  await sandbox.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function postForm(query: string, body: string): Promise<{ status: number; envelope: Envelope; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${sandbox.url}${query ? `?${query}` : ''}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  const envelope = (await response.json()) as Envelope;
  return { status: response.status, envelope, ms: performance.now() - started };
}

describe('a malformed path', () => {
  it('answers GET /% with 400 naming the bad escape, and keeps serving', async () => {
    for (const path of ['/%', '/files/%/1/x.png', '/rawlogs/clicks/%E0%A4%A/x.zip']) {
      const answer = await exchange(sandbox.port, frame('GET', path));
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body).error).toMatch(/Malformed percent-encoding in the path/);
    }
    expect((await get(sandbox, 'Target=Offer&Method=findAllIds')).response.status).toBe(1);
  });
});

describe('parameter parsing', () => {
  it('refuses 40,000 pairs with a HasOffers error naming the limit, within a generous bound (it took 33 s)', async () => {
    const body = Array.from({ length: 40_000 }, () => 'a[]=1').join('&');
    const { status, envelope, ms } = await postForm(`${CREDENTIALS}&Target=Offer&Method=findAllIds`, body);
    expect(status).toBe(200);
    expect(envelope.response.status).toBe(-1);
    expect(envelope.response.errorMessage).toBe(`Too many parameters: the sandbox reads at most ${PARAM_LIMITS.parameters} per request (query string and body together).`);
    expect(ms).toBeLessThan(2_000);
  });

  it('reads a list up to the array limit in order, and refuses one item more by name', () => {
    const list = Array.from({ length: PARAM_LIMITS.arrayItems }, (_, index) => `fields[]=f${index}`).join('&');
    const params = buildParams(parsePairs(list));
    const fields = params.get('fields') as Map<string, string>;
    expect(fields.size).toBe(PARAM_LIMITS.arrayItems);
    expect(fields.get('0')).toBe('f0');
    expect(fields.get(String(PARAM_LIMITS.arrayItems - 1))).toBe(`f${PARAM_LIMITS.arrayItems - 1}`);
    expect(() => buildParams(parsePairs(`${list}&fields[]=one-more`))).toThrow(`Parameter "fields[]": an array may hold at most ${PARAM_LIMITS.arrayItems} items.`);
  });

  it('refuses nesting deeper than the depth limit, over HTTP as an error envelope', async () => {
    const key = `filters${'[x]'.repeat(PARAM_LIMITS.depth + 1)}`;
    const answer = await get(sandbox, `Target=Offer&Method=findAll&${key}=1`);
    expect(answer.response.status).toBe(-1);
    expect(answer.response.errorMessage).toMatch(new RegExp(`^Parameter "filters" nests more than ${PARAM_LIMITS.depth} levels deep`));
    // The SDK's deepest form still reads as before.
    expect((await get(sandbox, 'Target=Offer&Method=findAll&filters[OR][0][id][GREATER_THAN]=1&limit=1')).response.status).toBe(1);
  });
});

describe('multipart bodies', () => {
  const part = (name: string) => `--B\r\nContent-Disposition: form-data; name="${name}"; filename="${name}"\r\n\r\nxyz\r\n`;
  it('refuses an upload over the file-count limit, and one without credentials in the query, by name', async () => {
    const many = await exchange(sandbox.port, frame('POST', `${API}?${CREDENTIALS}&Target=OfferFile&Method=create&data[offer_id]=1`, { 'Content-Type': 'multipart/form-data; boundary=B' }, `${Array.from({ length: 17 }, (_, i) => part(`f${i}.png`)).join('')}--B--\r\n`));
    expect(JSON.parse(many.body).response.errorMessage).toBe('Cannot read the multipart/form-data body: more than 16 files.');
    const anonymous = await exchange(sandbox.port, frame('POST', API, { 'Content-Type': 'multipart/form-data; boundary=B' }, `${part('a.png')}--B--\r\n`));
    expect(JSON.parse(anonymous.body).response.errorMessage).toBe('A multipart/form-data upload needs NetworkId and NetworkToken in the query string.');
    const noBoundary = await exchange(sandbox.port, frame('POST', `${API}?${CREDENTIALS}&Target=OfferFile&Method=create`, { 'Content-Type': 'multipart/form-data' }, 'x'));
    expect(JSON.parse(noBoundary.body).response.errorMessage).toMatch(/^Cannot read the multipart\/form-data body: .*boundary/i);
  });
});

describe('filter patterns', () => {
  it('matches RLIKE ^(a+)+$ against a 31-character name in linear time (it took 7 s)', async () => {
    const tag = await api.tags.create({ name: `${'a'.repeat(30)}!` });
    const started = performance.now();
    const answer = await get(sandbox, `Target=Tag&Method=findAll&filters[name][RLIKE]=${encodeURIComponent('^(a+)+$')}`);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(answer.response.status).toBe(1);
    expect(answer.response.data).toEqual([]);
    const hit = await get(sandbox, `Target=Tag&Method=findAll&filters[name][RLIKE]=${encodeURIComponent('^(a+)+!$')}`);
    expect(Object.keys(hit.response.data as object)).toEqual([String(tag.id)]);
  });

  it('matches LIKE with many % in linear time', async () => {
    await api.tags.create({ name: 'a'.repeat(200) });
    const started = performance.now();
    const answer = await get(sandbox, `Target=Tag&Method=findAll&filters[name][LIKE]=${encodeURIComponent(`${'%a'.repeat(40)}%b`)}`);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(answer.response.data).toEqual([]);
    // Still LIKE: % and _ wildcards, \ escapes, case-insensitive.
    const like = await get(sandbox, `Target=Tag&Method=findAll&filters[name][LIKE]=${encodeURIComponent('A%A_')}&fields[]=id`);
    expect(Object.keys(like.response.data as object).length).toBeGreaterThan(0);
  });

  it('says why a pattern is refused: no backreferences, and a length limit', async () => {
    const backref = await get(sandbox, `Target=Tag&Method=findAll&filters[name][RLIKE]=${encodeURIComponent('(a)\\1')}`);
    expect(backref.response.errorMessage).toMatch(/^Invalid RLIKE pattern for filters\[name\]: \(a\)\\1 .*linear time \(RE2 syntax: no backreferences or lookaround\)/);
    const long = await get(sandbox, `Target=Tag&Method=findAll&filters[name][LIKE]=${'a'.repeat(1001)}`);
    expect(long.response.errorMessage).toBe('LIKE pattern for filters[name] is 1001 characters; the sandbox takes at most 1000.');
  });
});

describe('the cost of many or long patterns', () => {
  it('refuses more than 20,000 pattern characters in one request', async () => {
    const pattern = `%${'x'.repeat(998)}%`;
    const query = Array.from({ length: 21 }, () => `filters[name][LIKE][]=${pattern}`).join('&');
    const answer = await postForm(`${CREDENTIALS}&Target=Tag&Method=findAll`, query);
    expect(answer.envelope.response.errorMessage).toBe('The LIKE/RLIKE patterns of this request are longer than 20000 characters together; the sandbox refuses more.');
  });

  it('stops matching long patterns against long stored texts once the request has used its budget', async () => {
    const open = await startSandbox({ seed: 6 });
    try {
      for (let i = 0; i < 3; i++) open.store.insert('Tag', { id: null, name: `${'b'.repeat(200_000)}${i}` });
      const answer = await get(open, `Target=Tag&Method=findAll&filters[name][RLIKE]=${'(b|c)'.repeat(190)}z`);
      expect(answer.response.errorMessage).toMatch(/^RLIKE on filters\[name\] would cost more than the sandbox allows per request \(pattern length × text length over all rows, at most 200000000\)/);
    } finally {
      await open.close();
    }
  });
});

/** Opens a request whose body is announced but never finished. */
function unfinished(query: string, declared: number, first: Buffer): Promise<{ socket: Socket; answer: Promise<string> }> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: sandbox.port }, () => {
      socket.write(`POST ${API}?${query} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${declared}\r\n\r\n`);
      socket.write(first, () => resolve({ socket, answer }));
    });
    let text = '';
    const answer = new Promise<string>((done) => {
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString('latin1');
        if (text.includes('\r\n\r\n')) done(text);
      });
      socket.on('error', () => done(text));
      socket.on('close', () => done(text));
    });
  });
}

describe('bodies and credentials', () => {
  it('answers wrong credentials in the query before reading the body', async () => {
    const { socket, answer } = await unfinished('NetworkToken=wrong&NetworkId=sandbox&Target=Tag&Method=create', 32 * 1024 * 1024, Buffer.alloc(1024, 0x61));
    try {
      const text = await Promise.race([answer, new Promise<string>((resolve) => setTimeout(() => resolve('no answer yet'), 3_000))]);
      expect(text).toMatch(/^HTTP\/1\.1 200/);
      expect(text).toMatch(/connection: close/i);
    } finally {
      socket.destroy();
    }
    const body = await exchange(sandbox.port, frame('POST', `${API}?NetworkToken=wrong&NetworkId=sandbox`, { 'Content-Type': 'application/x-www-form-urlencoded' }, 'x=1'));
    expect(JSON.parse(body.body).response.errors.publicMessage).toBe('NetworkToken is not valid');
  });

  it('does not invite a body with 100 Continue before the credentials passed', async () => {
    const head = (token: string) => `POST ${API}?NetworkToken=${token}&NetworkId=sandbox&Target=Tag&Method=findAll&limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n`;
    const refused = await exchange(sandbox.port, head('wrong'), { timeoutMs: 3_000 });
    expect(refused.status).toBe(200);
    expect(JSON.parse(refused.body).response.errors.publicMessage).toBe('NetworkToken is not valid');
    const invited = await new Promise<string>((resolve) => {
      let text = '';
      const socket = connect({ host: '127.0.0.1', port: sandbox.port }, () => socket.write(head('sandbox-token')));
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString('latin1');
        if (/^HTTP\/1\.1 100 Continue\r\n\r\n$/.test(text)) socket.write('a=1');
      });
      socket.on('close', () => resolve(text));
    });
    expect(invited).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK/);
  });

  it('keeps a form body without credentials in the query small, and says so', async () => {
    const { status, envelope } = await postForm('', `${CREDENTIALS}&Target=Tag&Method=findAll&pad=${'x'.repeat(70 * 1024)}`);
    expect(status).toBe(413);
    expect(envelope.response.errorMessage).toBe('Request body over 65536 bytes without NetworkId and NetworkToken in the query string.');
    // A small one still works, as before.
    expect((await postForm('', `${CREDENTIALS}&Target=Tag&Method=findAll&limit=1`)).envelope.response.status).toBe(1);
  });

  it('caps the body bytes all unfinished requests hold together: past it, 503 with Retry-After', async () => {
    const chunk = Buffer.alloc(4 * 1024 * 1024, 0x61);
    const open = await Promise.all(Array.from({ length: 24 }, () => unfinished(`${CREDENTIALS}&Target=Tag&Method=findAll`, 32 * 1024 * 1024, chunk)));
    try {
      const answers = await Promise.all(open.map(({ answer }) => Promise.race([answer, new Promise<string>((resolve) => setTimeout(() => resolve(''), 3_000))])));
      const refused = answers.filter((text) => /^HTTP\/1\.1 503/.test(text));
      // 64 MiB in 4 MiB pieces: 16 fit, the rest are refused (each only once its bytes arrive).
      expect(refused.length).toBeGreaterThanOrEqual(8);
      expect(refused[0]).toMatch(/retry-after: 1/i);
      expect((await get(sandbox, 'Target=Offer&Method=findAllIds')).response.status).toBe(1);
    } finally {
      for (const { socket } of open) socket.destroy();
    }
  });
});

describe('closing', () => {
  it('does not wait for a client that stalls mid-upload', async () => {
    const open = await startSandbox({});
    const socket = connect({ host: '127.0.0.1', port: open.port });
    await new Promise<void>((resolve) => socket.on('connect', resolve));
    socket.write(`POST ${API}?${CREDENTIALS}&Target=Tag&Method=findAll HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nlimit=1&`);
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    await open.close();
    await closed;
  });
});

describe('CORS', () => {
  it('sends no CORS header unless asked for', async () => {
    const response = await fetch(`${sandbox.url}?${CREDENTIALS}&Target=Offer&Method=findAllIds`, { headers: { origin: 'http://evil.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const missing = await fetch(`${sandbox.origin}/nope`);
    expect(missing.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the one origin given by the cors option (and --cors), preflight included', async () => {
    const open = await startSandbox({ cors: 'http://localhost:3000' });
    try {
      const response = await fetch(`${open.url}?${CREDENTIALS}&Target=Offer&Method=findAllIds`);
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
      expect(response.headers.get('vary')).toMatch(/Origin/);
      const preflight = await fetch(open.url, { method: 'OPTIONS' });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
    } finally {
      await open.close();
    }
    await expect(startSandbox({ cors: 'http://a.example/path\r\nx: y' })).rejects.toThrow(/cors must be "\*" or one origin/);
    expect(parseSandboxArgs(['--cors', 'http://localhost:3000'])).toEqual({ cors: 'http://localhost:3000' });
  });
});

describe('the state file', () => {
  it('never writes through a symlink planted where a temporary file could be, and is private to its owner', async () => {
    const dir = tempDir();
    const path = join(dir, 'state.json');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'untouched');
    // The old names were .state.json.<pid>.<n>.tmp: plant every one the next saves would use.
    for (let n = 1; n <= 200; n++) symlinkSync(victim, join(dir, `.state.json.${process.pid}.${n}.tmp`));
    const store = seedStore(buildSchema(), 2);
    for (let i = 0; i < 3; i++) await saveState(path, store);
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(lstatSync(path).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFileSync(path, 'utf8')).seed).toBe(2);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});

describe('raw logs', () => {
  it('are a function of the seed and the period: writes do not change them', async () => {
    const first = await startSandbox({ seed: 8 });
    const second = await startSandbox({ seed: 8 });
    try {
      const download = async (open: SandboxHandle) => {
        const listing = await get(open, 'Target=RawLog&Method=listLogs&log_type=clicks&date_dir=20240505');
        const name = (listing.response.data as { logFiles: { filename: string }[] }).logFiles[5]!.filename;
        const link = await get(open, `Target=RawLog&Method=getDownloadLink&log_type=clicks&log_filename=${name}`);
        return Buffer.from(await (await fetch((link.response.data as { link: string }).link)).arrayBuffer());
      };
      const before = await download(first);
      // Edit every offer and add affiliates on the second sandbox before its first download.
      const client = new HasOffersAPI({ endpoint: second.url, networkToken: 'sandbox-token', networkId: 'sandbox', retries: 0 });
      for (const offer of second.store.all('Offer')) second.store.update('Offer', String(offer.id), { currency: 'CZK', advertiser_id: '1' });
      await client.call('Affiliate', 'create', { data: { company: 'Late', country: 'US', zipcode: '1', status: 'active' } });
      expect((await download(second)).equals(before)).toBe(true);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});

describe('names that are Object.prototype members', () => {
  it('fields[] of findById picks only the row\'s own fields', async () => {
    const answer = await get(sandbox, 'Target=Offer&Method=findById&id=1&fields[]=constructor&fields[]=__proto__&fields[]=toString&fields[]=name');
    expect(Object.keys((answer.response.data as { Offer: object }).Offer)).toEqual(['name']);
  });
});

describe('unknown ids', () => {
  it('findById of an unknown id answers data: null as HasOffers does, and the SDK returns null', async () => {
    const answer = await get(sandbox, 'Target=Offer&Method=findById&id=472000');
    expect(answer.response).toMatchObject({ status: 1, data: null, errors: [] });
    expect(await api.offers.findById(472000)).toBeNull();
  });

  it('a write to an unknown record names the model and id instead of "Failed to hydrate rows"', async () => {
    for (const query of ['Target=Offer&Method=update&id=472000&data[name]=x', 'Target=Offer&Method=setAffiliateApproval&id=472000&affiliate_id=1&status=approved', 'Target=Affiliate&Method=block&id=472000']) {
      const answer = await get(sandbox, query);
      expect(answer.response.status).toBe(-1);
      expect(answer.response.errorMessage).toMatch(/^(Offer|Affiliate) 472000 does not exist\.$/);
    }
    await expect(api.offers.update(472000, { name: 'x' })).rejects.toThrow('Offer 472000 does not exist.');
    // A foreign id that points at nothing keeps HasOffers' recorded answer.
    expect((await get(sandbox, 'Target=Offer&Method=blockAffiliate&id=1&affiliate_id=9999')).response.errorMessage).toBe('Failed to hydrate rows: 9999');
  });
});
