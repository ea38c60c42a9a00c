/**
 * Budgets of the generated surface (the whole Network API): wall time of `codegen` and
 * `codegen --check` as processes, `tsc` of a consumer file that calls one method of every manager
 * against the built declarations, importing the built package, constructing a client, and the size
 * of `generated/` and its compiled form. Medians of several runs, printed as a table.
 *
 *   npx tsx tests/bench/budgets.ts [runs=5]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { API_TABLE } from '../../generated/index.js';

const root = resolve(import.meta.dirname, '..', '..');
const runs = Number(process.argv[2] ?? 5);
const tmp = join(root, '.tmp', 'bench-budgets');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function timeProcess(args: readonly string[], cwd = root): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return elapsed;
}

function sizeOf(dir: string, ext: RegExp): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = sizeOf(full, ext);
      files += inner.files;
      bytes += inner.bytes;
    } else if (ext.test(entry.name)) {
      files++;
      bytes += statSync(full).size;
    }
  }
  return { files, bytes };
}

const rows: [string, string, string][] = [];
const ms = (value: number) => `${value.toFixed(0)} ms`;

// codegen and codegen --check, each as the process a developer or CI runs.
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const tsx = ['--import', 'tsx', join(root, 'codegen', 'cli.ts')];
rows.push(['codegen (full, writes every file)', ms(median(Array.from({ length: runs }, () => timeProcess([...tsx, '--out', '.tmp/bench-budgets/generated'])))), '< 3,000 ms']);
rows.push(['codegen --check', ms(median(Array.from({ length: runs }, () => timeProcess([...tsx, '--check'])))), '< 3,000 ms']);

// The built package: one method of every manager, type-checked against the declarations.
execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'ignore' });
const calls = API_TABLE.controllers.map((controller) => {
  const method = controller.methods.find((spec) => spec.kind === 'find') ?? controller.methods.find((spec) => spec.kind === 'object' && !spec.params.some((param) => param.required)) ?? controller.methods[0];
  if (!method) return `void api.${controller.manager};`;
  const args = method.kind === 'find' ? '{ limit: 1 }' : method.kind === 'object' ? '{}' : method.kind === 'findById' || method.kind === 'delete' ? '1' : method.kind === 'create' ? '{}' : '';
  return `void api.${controller.manager}.${method.name}(${args} as never);`;
});
writeFileSync(join(tmp, 'consumer.ts'), `import { HasOffersAPI } from '../../dist/src/index.js';\nconst api = new HasOffersAPI({ endpoint: 'http://127.0.0.1:1/Apiv3/json', networkToken: 't', networkId: 'n' });\n${calls.join('\n')}\n`);
writeFileSync(join(tmp, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: true, types: ['node'] }, files: ['consumer.ts'] }));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
rows.push([`tsc of a consumer calling one method of each of ${API_TABLE.controllers.length} managers`, ms(median(Array.from({ length: Math.min(runs, 3) }, () => timeProcess([tsc, '-p', join(tmp, 'tsconfig.json')])))), '< 5,000 ms']);

// Importing the package, over a bare Node start.
const bare = median(Array.from({ length: runs }, () => timeProcess(['-e', '0'])));
const imported = median(Array.from({ length: runs }, () => timeProcess(['--input-type=module', '-e', `await import(${JSON.stringify(join(root, 'dist', 'src', 'index.js'))})`])));
rows.push(['importing the package (over a bare node start)', ms(imported - bare), '< 250 ms']);

// Constructing a client, in a process that has imported the package.
const construct = spawnSync(process.execPath, ['--input-type=module', '-e', `
const { HasOffersAPI } = await import(${JSON.stringify(join(root, 'dist', 'src', 'index.js'))});
const times = [];
for (let i = 0; i < 50; i++) {
  const t = performance.now();
  const api = new HasOffersAPI({ endpoint: 'http://127.0.0.1:1/Apiv3/json', networkToken: 't', networkId: 'n' });
  times.push(performance.now() - t);
  await api.close();
}
console.log(JSON.stringify({ first: times[0], rest: times.slice(1).sort((a, b) => a - b)[24] }));
`], { encoding: 'utf8' });
const { first, rest } = JSON.parse(construct.stdout) as { first: number; rest: number };
rows.push(['constructing a client (first / median of the next 49)', `${first.toFixed(2)} / ${rest.toFixed(2)} ms`, '< 5 ms']);

const generated = sizeOf(join(root, 'generated'), /\.ts$/);
const compiled = sizeOf(join(root, 'dist', 'generated'), /\.js$/);
const declarations = sizeOf(join(root, 'dist', 'generated'), /\.d\.ts$/);
rows.push(['generated/ (TypeScript)', `${generated.files} files, ${(generated.bytes / 1024).toFixed(0)} KiB`, '']);
rows.push(['dist/generated JavaScript / declarations', `${(compiled.bytes / 1024).toFixed(0)} KiB / ${(declarations.bytes / 1024).toFixed(0)} KiB`, '']);

const methods = API_TABLE.controllers.reduce((n, controller) => n + controller.methods.length, 0);
console.log(`\nGenerated surface: ${API_TABLE.controllers.length} controllers, ${methods} methods, ${API_TABLE.models.length} models (medians of ${runs} runs)\n`);
console.log('| budget | measured | target |\n| --- | ---: | ---: |');
for (const [name, value, target] of rows) console.log(`| ${name} | ${value} | ${target} |`);
rmSync(tmp, { recursive: true, force: true });
