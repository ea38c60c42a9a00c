// Installs the locked dependencies when they are missing, so that the README's two commands work
// on a fresh clone. Node built-ins only: this runs before anything is installed.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(new URL('../node_modules/.package-lock.json', import.meta.url))) {
  console.error('tsoffers: node_modules is missing; running `npm ci` once…');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
