/**
 * What users install is the tarball, not this source tree: pack it (prepack builds it), install it
 * into a plain Node project with no TypeScript tooling, and use it from JavaScript — and check that
 * its declarations type-check a TypeScript consumer.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

const OWN_SCHEMA = `controller: PartnerProgram
manager: partnerPrograms
model: PartnerProgram
models:
  PartnerProgram:
    display: name
    fields:
      id: { type: integer }
      name: { type: string, required: true }
methods:
  findAll: { kind: find }
  findProgramsByIds:
    verb: GET
    params:
      ids: { type: array, of: integer, required: true }
    result: models
`;

const OWN_MAIN = `import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, InvalidArgumentError } from 'tsoffers';
import * as generated from './generated/index.js';
import type { GeneratedManagers } from './generated/index.js';

let query = '';
const server = createServer((req, res) => {
  query = (req.url ?? '').split('?')[1] ?? '';
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ request: {}, response: { status: 1, httpStatus: 200, data: { '7': { PartnerProgram: { id: '7', name: 'Gold' } } }, errors: [], errorMessage: null } }));
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const api = createClient<GeneratedManagers>({ endpoint: 'http://127.0.0.1:' + (server.address() as AddressInfo).port + '/Apiv3/json', networkToken: 'own-token', networkId: 'n' }, generated);
const programs = await api.partnerPrograms.findProgramsByIds({ ids: [7] });
const first: generated.PartnerProgram | undefined = programs[0];
let refused = false;
try {
  // @ts-expect-error "id" is not a param of findProgramsByIds
  await api.partnerPrograms.findProgramsByIds({ ids: [7], id: 1 });
} catch (error) { refused = error instanceof InvalidArgumentError; }
console.log(JSON.stringify({ names: programs.map(String), isModel: first instanceof generated.PartnerProgram, query: query.replace('own-token', 'T'), refused }));
await api.close();
server.close();
`;

describe('the packed tarball', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tsoffers-pack-'));
    await run(npm, ['pack', '--pack-destination', dir, '--silent'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack produced no tarball');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    // ts-morph only for `tsoffers codegen` (an optional peer), at the version this repository uses.
    const tsMorph = (JSON.parse(readFileSync(join(root, 'node_modules', 'ts-morph', 'package.json'), 'utf8')) as { version: string }).version;
    await run(npm, ['install', join(dir, tarball), `ts-morph@${tsMorph}`, '--no-audit', '--no-fund', '--prefer-offline', '--silent'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
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

  it('generates a typed client from a schema folder of the user\'s own (tsoffers codegen --schema DIR --out DIR)', async () => {
    const own = join(dir, 'own');
    mkdirSync(join(own, 'schema'), { recursive: true });
    writeFileSync(join(own, 'schema', 'partner-program.yaml'), OWN_SCHEMA);
    writeFileSync(join(own, 'main.ts'), OWN_MAIN);
    const { stdout } = await run(join(dir, 'node_modules', '.bin', 'tsoffers'), ['codegen', '--schema', 'schema', '--out', 'generated', '--root', own], { cwd: own });
    expect(stdout).toMatch(/1 controllers, 1 models/);
    // The generated files import the runtime from the package, not from a source tree.
    expect(readFileSync(join(own, 'generated', 'table.gen.ts'), 'utf8')).toContain('from "tsoffers/codegen-runtime"');
    writeFileSync(join(own, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', outDir: 'out', types: ['node'], typeRoots: [join(root, 'node_modules', '@types')] }, include: ['main.ts', 'generated'] }));
    const compiled = await run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(own, 'tsconfig.json')], { cwd: own }).catch((error: { stdout?: string }) => ({ stdout: String(error.stdout), failed: true }));
    expect(compiled).not.toHaveProperty('failed');
    writeFileSync(join(own, 'out', 'package.json'), JSON.stringify({ type: 'module' }));
    const result = JSON.parse((await run(process.execPath, [join(own, 'out', 'main.js')], { cwd: own })).stdout) as { names: string[]; isModel: boolean; query: string; refused: boolean };
    expect(result).toEqual({ names: ['PartnerProgram: Gold'], isModel: true, query: 'NetworkToken=T&NetworkId=n&Target=PartnerProgram&Method=findProgramsByIds&ids%5B%5D=7', refused: true });
  }, 120_000);
});
