/**
 * `--state`: the store as JSON, written atomically. The new content goes to a temporary file in
 * the same directory (so the rename cannot cross file systems), is flushed, then renamed over the
 * old file: a reader or a crash sees either the old state or the new one, never half of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { Store } from './store.js';

export function loadState(path: string): Store | undefined {
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`statePath ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}); fix or delete it to start from the seed.`);
  }
  return Store.fromJSON(parsed, path);
}

/**
 * The temporary file gets a name nobody can guess and is created exclusively ("wx": O_CREAT |
 * O_EXCL, which also refuses a symlink already at that name), readable by the owner only: a file
 * or symlink planted in the directory is never written through, and the data is not exposed.
 */
export async function saveState(path: string, store: Store): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(12).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(JSON.stringify(store.toJSON()));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Saves after writes, at most one save in flight and one queued: a burst of writes costs two saves,
 * and `flush()` waits until the file holds the latest revision.
 */
export class StateSaver {
  private savedRevision: number;
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  lastError: unknown;

  constructor(
    private readonly path: string,
    private readonly store: Store,
    private readonly debounceMs = 25,
  ) {
    this.savedRevision = store.revision;
  }

  schedule(): void {
    if (this.timer || this.store.revision === this.savedRevision) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush().catch((error: unknown) => (this.lastError = error));
    }, this.debounceMs);
  }

  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    while (this.running) await this.running;
    if (this.store.revision === this.savedRevision) return;
    const revision = this.store.revision;
    this.running = saveState(this.path, this.store).then(() => {
      this.savedRevision = Math.max(this.savedRevision, revision);
    });
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
    if (this.store.revision !== this.savedRevision) await this.flush();
  }

  /** Saves even when nothing changed (a fresh seed with a new state file). */
  async saveNow(): Promise<void> {
    this.savedRevision = -1;
    await this.flush();
  }
}
