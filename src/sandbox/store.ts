/**
 * The sandbox's in-memory database: one table per model (plus a few link tables whose names start
 * with "_"), rows kept in id order, ids handed out per table. It serialises to plain JSON for
 * `--state`.
 */
import type { JsonValue, Row } from './json.js';

export const STATE_VERSION = 1;

export interface TableState {
  nextId: number;
  rows: Row[];
}

export interface StoreState {
  version: number;
  seed: number;
  tables: Record<string, TableState>;
  /** Uploaded and seeded file bytes by OfferFile id, base64. */
  blobs: Record<string, string>;
}

class Table {
  readonly rows = new Map<number, Row>();
  constructor(public nextId: number) {}
}

export class Store {
  private readonly tables = new Map<string, Table>();
  private readonly blobs = new Map<number, Buffer>();
  /** Bumped on every write; the state file is saved when it moves. */
  revision = 0;

  constructor(readonly seed: number) {}

  private table(name: string): Table {
    let table = this.tables.get(name);
    if (!table) {
      table = new Table(1);
      this.tables.set(name, table);
    }
    return table;
  }

  hasTable(name: string): boolean {
    return this.tables.has(name);
  }

  /** Rows of a table in id order (a fresh array; the rows themselves are live). */
  all(name: string): Row[] {
    const table = this.tables.get(name);
    return table ? [...table.rows.values()] : [];
  }

  get(name: string, id: number | string): Row | undefined {
    const key = typeof id === 'number' ? id : Number(id);
    if (!Number.isSafeInteger(key)) return undefined;
    return this.tables.get(name)?.rows.get(key);
  }

  /** Inserts `row` under the next id (or its own numeric `id`), returning the stored row. */
  insert(name: string, row: Row): Row {
    const table = this.table(name);
    const given = Number(row.id);
    const id = row.id !== undefined && row.id !== null && Number.isSafeInteger(given) && given > 0 ? given : table.nextId;
    table.nextId = Math.max(table.nextId, id + 1);
    const stored: Row = { ...row, id: String(id) };
    // Keep "id" first, as HasOffers does for most models.
    const withIdFirst: Row = { id: stored.id as JsonValue, ...stored };
    table.rows.set(id, withIdFirst);
    this.revision++;
    return withIdFirst;
  }

  /** Reserves the id the next insert would take, for a table whose rows another grows alongside. */
  peekId(name: string): number {
    return this.table(name).nextId;
  }

  update(name: string, id: number | string, changes: Row): Row | undefined {
    const row = this.get(name, id);
    if (!row) return undefined;
    Object.assign(row, changes);
    this.revision++;
    return row;
  }

  remove(name: string, id: number | string): boolean {
    const removed = this.tables.get(name)?.rows.delete(Number(id)) ?? false;
    if (removed) this.revision++;
    return removed;
  }

  setBlob(id: number, bytes: Buffer): void {
    this.blobs.set(id, bytes);
    this.revision++;
  }

  blob(id: number): Buffer | undefined {
    return this.blobs.get(id);
  }

  toJSON(): StoreState {
    const tables: Record<string, TableState> = {};
    for (const name of [...this.tables.keys()].sort()) {
      const table = this.tables.get(name) as Table;
      tables[name] = { nextId: table.nextId, rows: [...table.rows.values()] };
    }
    const blobs: Record<string, string> = {};
    for (const [id, bytes] of [...this.blobs.entries()].sort((a, b) => a[0] - b[0])) blobs[String(id)] = bytes.toString('base64');
    return { version: STATE_VERSION, seed: this.seed, tables, blobs };
  }

  static fromJSON(state: unknown, source: string): Store {
    if (!state || typeof state !== 'object') throw new Error(`${source}: not a sandbox state file (expected a JSON object).`);
    const value = state as Partial<StoreState>;
    if (value.version !== STATE_VERSION) throw new Error(`${source}: state version ${String(value.version)} is not supported (expected ${STATE_VERSION}); delete the file to start from the seed.`);
    const store = new Store(Number(value.seed ?? 1));
    for (const [name, table] of Object.entries(value.tables ?? {})) {
      const target = store.table(name);
      for (const row of table.rows) target.rows.set(Number(row.id), row);
      target.nextId = Math.max(table.nextId, ...[...target.rows.keys()].map((id) => id + 1), 1);
    }
    for (const [id, base64] of Object.entries(value.blobs ?? {})) store.blobs.set(Number(id), Buffer.from(base64, 'base64'));
    store.revision = 0;
    return store;
  }
}
