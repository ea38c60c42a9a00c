/**
 * A real ApiContext, CallRunner and managers over any table, with only the transport boundary
 * (`send`) replaced: every CallRequest is recorded, and each answer (`response.data`) is whatever
 * the test queued, or what its responder returns. An Error queued (or returned) is thrown by `send`.
 */
import type { ApiContext } from '../../src/runtime/context.js';
import { CallRunner, createManager } from '../../src/runtime/manager.js';
import type { RuntimeManager } from '../../src/runtime/manager.js';
import { modelClasses } from '../../src/runtime/model-classes.js';
import type { ModelConstructor } from '../../src/runtime/model.js';
import { expandTable } from '../../src/table/spec.js';
import type { ApiTable } from '../../src/table/spec.js';
import type { CallRequest } from '../../src/transport/transport.js';
import type { WirePair } from '../../src/wire/params.js';

export interface SentCall {
  readonly target: string;
  readonly method: string;
  readonly params: WirePair[];
  readonly safe: boolean;
  readonly signal?: AbortSignal;
}

export interface Harness {
  readonly context: ApiContext;
  readonly runner: CallRunner;
  /** Every call that reached `send`, in order. */
  readonly sent: SentCall[];
  /** The manager behind a client property (`widgets`); throws for an unknown one. */
  manager(name: string): RuntimeManager;
  /** Queues answers, one per call, in order. */
  answer(...data: unknown[]): void;
  /** Answers every call (after the queue is empty) from the request. */
  respond(responder: (request: CallRequest) => unknown): void;
}

export function harness(table: ApiTable, classes: Readonly<Record<string, ModelConstructor>> = modelClasses(table)): Harness {
  const sent: SentCall[] = [];
  const queue: unknown[] = [];
  let responder: ((request: CallRequest) => unknown) | undefined;
  const managers = new Map<string, RuntimeManager>();
  const specs = new Map(table.models.map((spec) => [spec.name, spec]));
  const context: ApiContext = {
    table,
    async send(request) {
      sent.push({ target: request.target, method: request.method, params: request.params.map(([key, value]) => [key, value] as const), safe: request.safe, ...(request.signal ? { signal: request.signal } : {}) });
      const data = queue.length ? queue.shift() : responder ? responder(request) : undefined;
      if (data instanceof Error) throw data;
      return data;
    },
    manager(name) {
      const manager = managers.get(name);
      if (!manager) throw new Error(`harness: no manager ${name}`);
      return manager;
    },
    modelClass: (name) => (Object.prototype.hasOwnProperty.call(classes, name) ? classes[name] : undefined),
    modelSpec: (name) => specs.get(name),
  };
  const runner = new CallRunner(context);
  for (const controller of table.controllers) managers.set(controller.manager, createManager(context, runner, controller));
  return {
    context,
    runner,
    sent,
    manager: (name) => context.manager(name) as RuntimeManager,
    answer: (...data) => void queue.push(...data),
    respond: (next) => void (responder = next),
  };
}

/** Wire pairs in a stable order, for wires where order carries no meaning. */
export function sorted(pairs: readonly WirePair[]): WirePair[] {
  return [...pairs].sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a.localeCompare(b)));
}

/** A method of a runtime manager, typed loosely: these tests pass what generated types would refuse. */
export type Fn = (...args: unknown[]) => Promise<unknown>;
export function method(manager: RuntimeManager, name: string): Fn {
  const found = manager[name];
  if (typeof found !== 'function') throw new Error(`harness: the manager has no method ${name}`);
  return found as Fn;
}

/**
 * A small hand-written table: one controller with every method kind the runtime knows, and a
 * second controller the first relates to (`widget.users`).
 */
export const WIDGET_TABLE: ApiTable = expandTable({
  models: [
    {
      name: 'Widget',
      display: 'name',
      fields: ['id', 'name', 'status', 'price', 'date_added', 'modified'],
      readOnly: ['id', 'date_added', 'modified'],
      relations: [
        { name: 'Gadget', property: 'gadget', model: 'Gadget', many: false },
        { name: 'Tag', property: 'tags', model: 'Tag', many: true },
      ],
      related: [{ property: 'users', manager: 'widgetUsers', via: 'widget_id' }],
    },
    { name: 'Gadget', display: 'label', fields: ['id', 'label'] },
    { name: 'Tag', fields: ['id', 'label'] },
    { name: 'WidgetUser', fields: ['id', 'widget_id', 'email'], readOnly: ['id'] },
  ],
  controllers: [
    {
      target: 'Widget',
      manager: 'widgets',
      model: 'Widget',
      source: 'harness',
      methods: [
        { name: 'findAll', kind: 'find', safe: true },
        { name: 'findAllIds', kind: 'find', result: 'raw', returns: 'ids', safe: true },
        { name: 'findById', kind: 'findById', safe: true },
        { name: 'create', kind: 'create' },
        { name: 'update', kind: 'update' },
        { name: 'delete', kind: 'delete' },
        { name: 'quickCreate', kind: 'create', result: 'modelOrId' },
        { name: 'countActive', params: [{ name: 'status', type: 'string', values: ['active', 'paused'] }], result: 'raw', returns: 'number', safe: true },
        { name: 'isLive', params: [{ name: 'id', type: 'integer', required: true }], result: 'raw', returns: 'boolean', safe: true },
        {
          name: 'setPrice',
          params: [
            { name: 'id', type: 'integer', required: true },
            { name: 'price', type: 'decimal', required: true },
            { name: 'notify', type: 'boolean' },
          ],
          result: 'raw',
          returns: 'void',
        },
        // Named like a read, declared a write: the table decides, not the name.
        { name: 'getAndReset', result: 'raw' },
        {
          name: 'getOverview',
          params: [
            { name: 'widget_ids', type: 'array', of: 'integer' },
            { name: 'filters', type: 'filters', model: 'Widget' },
            { name: 'sorts', type: 'sort', model: 'Widget' },
          ],
          result: 'models',
          safe: true,
        },
        { name: 'importRaw', loose: true, result: 'raw' },
        { name: 'saveMeta', params: [{ name: 'data', type: 'data', model: 'Widget', required: true }], result: 'raw' },
        {
          name: 'addNote',
          kind: 'call',
          params: [
            { name: 'id', type: 'integer', required: true },
            { name: 'note', type: 'string', required: true },
          ],
          result: 'raw',
        },
      ],
    },
    {
      target: 'WidgetUser',
      manager: 'widgetUsers',
      model: 'WidgetUser',
      source: 'harness',
      methods: [
        { name: 'findAll', kind: 'find', safe: true },
        { name: 'create', kind: 'create' },
      ],
    },
  ],
});
