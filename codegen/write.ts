import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { EmittedFile } from './emit.js';

function listGenerated(root: string, outDir: string): string[] {
  const base = join(root, outDir);
  if (!existsSync(base)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      // A folder with its own table is another API's output (generated/affiliate/): not ours to remove.
      if (entry.isDirectory()) {
        if (!existsSync(join(full, 'table.gen.ts'))) walk(full);
      }
      else if (entry.name.endsWith('.ts')) out.push(relative(root, full));
    }
  };
  walk(base);
  return out.sort();
}

/** Files that differ from what is on disk: changed, missing, or left over from a removed YAML. */
export function staleFiles(root: string, outDir: string, files: readonly EmittedFile[]): string[] {
  const stale: string[] = [];
  const expected = new Set(files.map((file) => file.path));
  for (const file of files) {
    const full = join(root, file.path);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== file.text) stale.push(file.path);
  }
  for (const existing of listGenerated(root, outDir)) if (!expected.has(existing)) stale.push(existing);
  return stale.sort();
}

/** Writes the files and removes generated files no schema produces any more. */
export function writeFiles(root: string, outDir: string, files: readonly EmittedFile[]): string[] {
  const changed = staleFiles(root, outDir, files);
  const expected = new Set(files.map((file) => file.path));
  for (const existing of listGenerated(root, outDir)) if (!expected.has(existing)) rmSync(join(root, existing));
  for (const file of files) {
    if (!changed.includes(file.path)) continue;
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  return changed;
}
