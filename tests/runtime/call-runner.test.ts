/**
 * CallRunner on its own: run() decoding as a spec says, and the low-level call() (pyoffers'
 * `_call`): its checks, the model it decodes into, and how it guesses a result shape.
 */
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, WireEncodingError } from '../../src/errors.js';
import { Model } from '../../src/runtime/model.js';
import { modelClasses } from '../../src/runtime/model-classes.js';
import { harness, method, WIDGET_TABLE } from './harness.js';

const classes = modelClasses(WIDGET_TABLE);
const setup = () => harness(WIDGET_TABLE, classes);

describe('CallRunner.run', () => {
  it('hands target, method, pairs, safe and the signal to send unchanged', async () => {
    const h = setup();
    const signal = new AbortController().signal;
    h.answer('x');
    await h.runner.run('Widget', 'anything', [['b', '2'], ['a', '1']], { result: 'raw', model: 'Widget', safe: true }, { signal });
    expect(h.sent).toEqual([{ target: 'Widget', method: 'anything', params: [['b', '2'], ['a', '1']], safe: true, signal }]);
  });

  it('decodes as the result kind says: model, models, raw ids', async () => {
    const h = setup();
    const one = { Widget: { id: '1', name: 'One' } };
    const list = { page: 1, pageCount: 1, count: 2, data: { '1': one, '2': { Widget: { id: '2', name: 'Two' } } } };
    h.answer(one, list, [1, 2]);
    const spec = { model: 'Widget', safe: true };
    const model = await h.runner.run('Widget', 'm', [], { ...spec, result: 'model' });
    expect(model).toBeInstanceOf(classes.Widget!);
    expect(((await h.runner.run('Widget', 'm', [], { ...spec, result: 'models' })) as Model[]).map(String)).toEqual(['Widget: One', 'Widget: Two']);
    expect(await h.runner.run('Widget', 'm', [], { ...spec, result: 'raw', returns: 'ids' })).toEqual(['1', '2']);
  });

  it('with { raw: true } returns the data with pagination stripped, for any result kind', async () => {
    const h = setup();
    const rows = { '1': { Widget: { id: '1' } } };
    h.answer({ page: 1, pageCount: 1, count: 1, data: rows }, [3, 4]);
    expect(await h.runner.run('Widget', 'm', [], { result: 'models', model: 'Widget', safe: true }, { raw: true })).toBe(rows);
    // Not even the declared `ids` conversion applies.
    expect(await h.runner.run('Widget', 'm', [], { result: 'raw', returns: 'ids', model: 'Widget', safe: true }, { raw: true })).toEqual([3, 4]);
  });

  it('passes a send failure through as it is', async () => {
    const h = setup();
    const failure = new Error('network down');
    h.answer(failure);
    await expect(h.runner.run('Widget', 'm', [], { result: 'model', model: 'Widget', safe: false })).rejects.toBe(failure);
  });
});

describe('CallRunner.call (low-level)', () => {
  it('flattens nested params the way pyoffers does', async () => {
    const h = setup();
    h.answer(true);
    await h.runner.call('Widget', 'setThings', { id: 3, data: { name: 'x', flag: false }, ids: [1, 2], skip: null });
    expect(h.sent[0]?.params).toEqual([
      ['id', '3'],
      ['data[name]', 'x'],
      ['data[flag]', '0'],
      ['ids[]', '1'],
      ['ids[]', '2'],
    ]);
  });

  it('guesses the result shape: one model, a keyed list, a paginated list, or raw data', async () => {
    const h = setup();
    h.answer(
      { Widget: { id: '1', name: 'One' } },
      { '1': { Widget: { id: '1', name: 'One' } }, '2': { Widget: { id: '2', name: 'Two' } } },
      { page: 1, pageCount: 2, data: { '3': { Widget: { id: '3', name: 'Three' } } } },
      '42',
      { status: 'ok', count: '3' },
    );
    const model = await h.runner.call('Widget', 'getThing');
    expect(model).toBeInstanceOf(classes.Widget!);
    expect(String(model)).toBe('Widget: One');
    expect(((await h.runner.call('Widget', 'getThings')) as Model[]).map(String)).toEqual(['Widget: One', 'Widget: Two']);
    expect(((await h.runner.call('Widget', 'getThings')) as Model[]).map(String)).toEqual(['Widget: Three']);
    expect(await h.runner.call('Widget', 'getCount')).toBe('42');
    // An object of scalars is no model: it comes back as sent.
    expect(await h.runner.call('Widget', 'getStatus')).toEqual({ status: 'ok', count: '3' });
  });

  it('decodes into targetClass when given, and into the target name for a target the table does not know', async () => {
    const h = setup();
    h.answer({ Gadget: { id: '5', label: 'Cog' } }, { Thing: { id: '8' } }, { '1': { Gadget: { id: '1', label: 'A' } } });
    const gadget = await h.runner.call('Widget', 'getGadget', {}, { targetClass: 'Gadget' });
    expect(gadget).toBeInstanceOf(classes.Gadget!);
    const thing = (await h.runner.call('Thing', 'getThing')) as Model;
    expect(thing).toBeInstanceOf(Model);
    expect(thing.modelName).toBe('Thing');
    expect(thing.get('id')).toBe('8');
    // List chunks that hold another model than the one asked for decode as that model.
    const rows = (await h.runner.call('Thing', 'getRows')) as Model[];
    expect(rows.map(String)).toEqual(['Gadget: A']);
  });

  it('refuses a missing target or method, params that are not an object, and unknown options, before sending', async () => {
    const h = setup();
    const error = (promise: Promise<unknown>) => promise.then(() => undefined, (caught: unknown) => caught as InvalidArgumentError);
    expect((await error(h.runner.call('', 'findAll')))?.argument).toBe('target');
    expect((await error(h.runner.call('Widget', undefined as never)))?.argument).toBe('method');
    expect((await error(h.runner.call('Widget', 'findAll', [['id', '1']] as never)))?.argument).toBe('params');
    const option = await error(h.runner.call('Widget', 'findAll', {}, { targetclass: 'Gadget' } as never));
    expect(option).toBeInstanceOf(InvalidArgumentError);
    expect(option?.message).toMatch(/does not take "targetclass"\. Did you mean "targetClass"\?/);
    await expect(h.runner.call('Widget', 'findAll', { 'bad.key': 1 })).rejects.toThrow(WireEncodingError);
    expect(h.sent).toEqual([]);
  });

  it("a manager's call() is the runner's call on the manager's target", async () => {
    const h = setup();
    h.answer({ WidgetUser: { id: '2', email: 'a@b.c' } });
    const user = (await method(h.manager('widgetUsers'), 'call')('getOwner', { id: 2 })) as Model;
    expect(h.sent[0]).toMatchObject({ target: 'WidgetUser', method: 'getOwner', params: [['id', '2']], safe: true });
    expect(user).toBeInstanceOf(classes.WidgetUser!);
  });
});
