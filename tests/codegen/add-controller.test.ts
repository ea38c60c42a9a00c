/**
 * The promise of the schema: adding a controller is one YAML file and one command. This test does
 * exactly that in a temporary project (the real schema plus a new file), then type-checks and runs
 * a script that uses the new manager against a local server.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCodegen } from '../../codegen/cli.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');
const tmp = join(root, '.tmp', `add-controller-${process.pid}`);

const PROGRAM = `controller: PartnerProgram
manager: partnerPrograms
model: PartnerProgram
models:
  PartnerProgram:
    display: name
    fields:
      id: { type: integer, primary: true }
      name: { type: string, required: true }
methods:
  findAll: { kind: find }
  create: { kind: create }
`;

const MAIN = `import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from './src/client.js';
import * as generated from './generated/index.js';
import type { GeneratedManagers } from './generated/index.js';

let lastQuery = '';
const server = createServer((req, res) => {
  lastQuery = (req.url ?? '').split('?')[1] ?? '';
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ request: {}, response: { status: 1, httpStatus: 200, data: { '7': { PartnerProgram: { id: '7', name: 'Gold' } } }, errors: [], errorMessage: null } }));
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const { port } = server.address() as AddressInfo;
const api = createClient<GeneratedManagers>({ endpoint: \`http://127.0.0.1:\${port}/Apiv3/json\`, networkToken: 'secret-token', networkId: 'net' }, generated);
const groups = await api.partnerPrograms.findAll({ filters: { name: 'Gold' } });
const first: generated.PartnerProgram | undefined = groups[0];
// @ts-expect-error the schema gives PartnerProgram no delete method
void api.partnerPrograms.delete;
let refused = '';
try {
  // @ts-expect-error "colour" is not a PartnerProgram field
  api.partnerPrograms.query().where('colour');
} catch (error) {
  refused = (error as Error).message;
}
console.log(JSON.stringify({ names: groups.map(String), name: first?.name, query: lastQuery.replace('secret-token', 'T'), refused }));
await api.close();
server.close();
`;

describe('adding a controller', () => {
  beforeAll(() => {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(join(tmp, 'schema'), { recursive: true });
    cpSync(join(root, 'schema'), join(tmp, 'schema'), { recursive: true });
    writeFileSync(join(tmp, 'schema', 'network', 'partner-program.yaml'), PROGRAM);
    symlinkSync(join(root, 'src'), join(tmp, 'src'), 'dir');
    // The client also imports the other APIs' generated folders (generated/affiliate/, generated/advertiser/).
    for (const api of ['affiliate', 'advertiser']) cpSync(join(root, 'generated', api), join(tmp, 'generated', api), { recursive: true });
    writeFileSync(join(tmp, 'main.ts'), MAIN);
    writeFileSync(join(tmp, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['main.ts'] }));
  });
  afterAll(() => { if (!process.env.KEEP_TMP) rmSync(tmp, { recursive: true, force: true }); });

  it('is one YAML file and one command', async () => {
    const lines: string[] = [];
    expect(runCodegen({ root: tmp, schemaDir: 'schema', outDir: 'generated', check: false }, (line) => lines.push(line))).toBe(0);
    expect(lines.join('\n')).toMatch(/50 controllers/);
    expect(runCodegen({ root: tmp, schemaDir: 'schema', outDir: 'generated', check: true }, () => undefined)).toBe(0);

    // The new manager is typed: the script compiles, and the two @ts-expect-error lines are errors.
    await run(join(root, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', join(tmp, 'tsconfig.json')], { cwd: root });

    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(tmp, 'main.ts')], { cwd: root });
    expect(stdout.trim().split('\n'), stdout).toHaveLength(1);
    const result = JSON.parse(stdout.trim().split('\n')[0] ?? '') as { names: string[]; name: string; query: string; refused: string };
    expect(result.refused).toMatch(/"colour" is not known for PartnerProgram/);
    expect(result.names).toEqual(['PartnerProgram: Gold']);
    expect(result.name).toBe('Gold');
    expect(result.query).toBe('NetworkToken=T&NetworkId=net&Target=PartnerProgram&Method=findAll&filters%5Bname%5D=Gold');
  }, 60_000);

  it('--check fails when generated/ is stale', () => {
    writeFileSync(join(tmp, 'schema', 'network', 'partner-program.yaml'), PROGRAM.replace('  create: { kind: create }\n', ''));
    const errors: string[] = [];
    expect(runCodegen({ root: tmp, schemaDir: 'schema', outDir: 'generated', check: true }, () => undefined, (line) => errors.push(line))).toBe(1);
    expect(errors.join('\n')).toMatch(/stale.*generated\/managers\/partner-program\.gen\.ts/);
  });

  it('a malformed YAML file fails with its file and line', () => {
    writeFileSync(join(tmp, 'schema', 'network', 'partner-program.yaml'), PROGRAM.replace('kind: find', 'kind: fnid'));
    const errors: string[] = [];
    expect(runCodegen({ root: tmp, schemaDir: 'schema', outDir: 'generated', check: false }, () => undefined, (line) => errors.push(line))).toBe(2);
    expect(errors.join('\n')).toMatch(/^codegen: schema\/network\/partner-program\.yaml:11: methods\.findAll\.kind: kind must be one of/);
  });
});
