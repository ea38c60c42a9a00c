/**
 * What users install is the tarball, not this source tree: pack it (prepack builds it), install it
 * into a plain Node project with no TypeScript tooling, and use it from JavaScript — and check that
 * its declarations type-check a TypeScript consumer.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const CONSUMER = `import { createServer } from 'node:http';
import { HasOffersAPI, InvalidArgumentError, Offer } from 'tsoffers';

let query = '';
const server = createServer((req, res) => {
  query = (req.url ?? '').split('?')[1] ?? '';
  res.setHeader('content-type', 'application/json');
  // Written as text: a JavaScript object literal would put key 62 before 100.
  res.end('{"request":{},"response":{"status":1,"httpStatus":200,"data":{"page":1,"pageCount":1,"count":2,"current":2,"data":{"100":{"Offer":{"id":"100","name":"B"}},"62":{"Offer":{"id":"62","name":"A"}}}},"errors":[],"errorMessage":null}}');
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const api = new HasOffersAPI({ endpoint: 'http://127.0.0.1:' + server.address().port + '/Apiv3/json', networkToken: 'pkg-token', networkId: 'n' });
const offers = await api.offers.query().where('id').gt(1).sort('-id').limit(2).all();
let refused = false;
try { api.offers.query().limit(0); } catch (error) { refused = error instanceof InvalidArgumentError; }
console.log(JSON.stringify({ offers: offers.map(String), isOffer: offers[0] instanceof Offer, query, refused }));
await api.close();
server.close();
`;

const TYPED = `import { HasOffersAPI } from 'tsoffers';
import type { Offer } from 'tsoffers';
const api = new HasOffersAPI({ endpoint: 'http://127.0.0.1:1/Apiv3/json', networkToken: 't', networkId: 'n' });
export const pending: Promise<Offer | null> = api.offers.findById(1);
// @ts-expect-error Country has no methods
api.countries.findAll();
`;

describe('the packed tarball', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tsoffers-pack-'));
    await run(npm, ['pack', '--pack-destination', dir, '--silent'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack produced no tarball');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await run(npm, ['install', join(dir, tarball), '--no-audit', '--no-fund', '--prefer-offline', '--silent'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  }, 240_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('ships compiled JavaScript and declarations, not TypeScript sources', () => {
    const pkg = join(dir, 'node_modules', 'tsoffers');
    expect(existsSync(join(pkg, 'dist', 'src', 'index.js'))).toBe(true);
    expect(existsSync(join(pkg, 'dist', 'src', 'index.d.ts'))).toBe(true);
    expect(existsSync(join(pkg, 'dist', 'generated', 'index.js'))).toBe(true);
    expect(existsSync(join(pkg, 'src'))).toBe(false);
    expect(existsSync(join(pkg, 'tests'))).toBe(false);
  });

  it('works from plain JavaScript in a Node 20 project', async () => {
    writeFileSync(join(dir, 'consumer.mjs'), CONSUMER);
    const { stdout } = await run(process.execPath, ['consumer.mjs'], { cwd: dir });
    const result = JSON.parse(stdout) as { offers: string[]; isOffer: boolean; query: string; refused: boolean };
    expect(result.offers).toEqual(['Offer: B', 'Offer: A']); // the server's order, not numeric order
    expect(result.isOffer).toBe(true);
    expect(result.refused).toBe(true);
    expect(result.query).toBe('NetworkToken=pkg-token&NetworkId=n&Target=Offer&Method=findAll&filters%5Bid%5D%5BGREATER_THAN%5D=1&sort%5BOffer.id%5D=desc&limit=2');
  });

  it('its declarations type-check a TypeScript consumer', async () => {
    writeFileSync(join(dir, 'typed.ts'), TYPED);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [join(root, 'node_modules', '@types')] }, files: ['typed.ts'] }));
    // The declarations use Node's types (node:util, node:stream), as any Node library's do.
    const result = await run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: dir }).catch((error: { stdout?: string }) => ({ stdout: String(error.stdout), failed: true }));
    expect(result).not.toHaveProperty('failed');
  }, 60_000);

  it('installs the tsoffers command', async () => {
    const bin = join(dir, 'node_modules', '.bin', 'tsoffers');
    expect(existsSync(bin)).toBe(true);
    const { stdout } = await run(bin, ['--help'], { cwd: dir });
    expect(stdout).toMatch(/tsoffers/);
  });
});
