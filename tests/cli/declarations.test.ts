/**
 * The command declarations (src/cli/command.ts) and what is derived from them: typed flag values,
 * the parser's usage errors (unknown flags with the closest declared one, missing values, bad
 * numbers and enum values), the generated help, and the sandbox's use of the same machinery.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { HasOffersAPI } from '../../src/client.js';
import { defineCommand, flag } from '../../src/cli/command.js';
import type { FlagValues } from '../../src/cli/command.js';
import { COMMANDS, MANAGER_COMMANDS } from '../../src/cli/commands/index.js';
import type { report } from '../../src/cli/commands/report.js';
import { UsageError } from '../../src/cli/exit-codes.js';
import { CONNECTION_FLAGS, GLOBAL_FLAGS, OUTPUT_FLAGS } from '../../src/cli/flags.js';
import { findManager } from '../../src/cli/managers.js';
import { buildQuery } from '../../src/cli/query.js';
import type { AnyQuery } from '../../src/cli/query.js';
import { PROFILES } from '../../src/profile.js';
import { CLI_COMMANDS } from '../../src/runtime/reserved.js';
import { parseSandboxArgs, runSandboxCli, SANDBOX_USAGE } from '../../src/cli/sandbox-runner.js';
import { runInProcess as run } from './run-cli.js';

const example = defineCommand({
  name: 'example',
  summary: 'a command for this test',
  flags: {
    limit: flag.number({ description: 'rows per page', min: 1 }),
    seed: flag.number({ description: 'a seed', default: 1 }),
    offset: flag.number({ description: 'an offset' }),
    name: flag.string({ description: 'a name', required: true }),
    note: flag.string({ description: 'a note' }),
    color: flag.enum({ description: 'a colour', values: ['red', 'green', 'blue'], default: 'red' }),
    shape: flag.enum({ description: 'a shape', values: ['round', 'square'] }),
    tags: flag.multiple({ description: 'tags', split: true }),
    where: flag.multiple({ description: 'conditions' }),
    quiet: flag.boolean({ description: 'say less', short: 'q' }),
    window: flag.parsed({ description: 'a window', parse: (text: string) => ({ days: Number(text) }) }),
  },
  examples: ['tsoffers example --name x'],
  run: async ({ flags }) => flags.limit ?? 0,
});

function parse(argv: readonly string[]) {
  const parsed = example.parse(argv, 'example');
  if (parsed === 'help') throw new Error('help');
  return parsed;
}

/** The usage error `argv` gets (its message and the command it names). */
function usage(argv: readonly string[]): { message: string; command: string | undefined } {
  try {
    parse(argv);
  } catch (error) {
    if (error instanceof UsageError) return { message: error.message, command: error.command };
    throw error;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

/** Collapsed whitespace, so wrapped help lines compare with one-line descriptions. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('typed flag values', () => {
  it('are inferred from the declaration: defaults and required make a value present', () => {
    type Values = FlagValues<typeof example.flags>;
    expectTypeOf<Values['limit']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Values['seed']>().toEqualTypeOf<number>();
    expectTypeOf<Values['name']>().toEqualTypeOf<string>();
    expectTypeOf<Values['note']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Values['color']>().toEqualTypeOf<'red' | 'green' | 'blue'>();
    expectTypeOf<Values['shape']>().toEqualTypeOf<'round' | 'square' | undefined>();
    expectTypeOf<Values['tags']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Values['quiet']>().toEqualTypeOf<boolean>();
    expectTypeOf<Values['window']>().toEqualTypeOf<{ days: number } | undefined>();
    // A real command's: --fields is required (a list), --limit a number, --export a file name.
    type Report = FlagValues<typeof report.flags>;
    expectTypeOf<Report['fields']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Report['limit']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Report['rate-limit']>().toEqualTypeOf<{ readonly calls: number; readonly windowMs: number } | false | undefined>();
  });

  it('parses each kind: numbers, enums with defaults, comma lists, repeated values, switches, parse()', () => {
    expect(parse(['--name', 'n', '--limit', '5', '--offset=-3', '--shape', 'square', '--tags', 'a,b', '--tags', ' c ,', '--where', 'x=1,2', '--where', 'y>0', '-q', '--window', '7', 'rest', '-id'])).toEqual({
      flags: { limit: 5, seed: 1, offset: -3, name: 'n', note: undefined, color: 'red', shape: 'square', tags: ['a', 'b', 'c'], where: ['x=1,2', 'y>0'], quiet: true, window: { days: 7 } },
      args: ['rest', '-id'],
    });
    expect(example.parse(['--help', '--limit', 'nonsense'], 'example')).toBe('help');
  });

  it.each([
    [['--name', 'n', '--limit', 'abc'], '--limit takes a whole number ≥ 1, got "abc".'],
    [['--name', 'n', '--limit', '0'], '--limit takes a whole number ≥ 1, got "0".'],
    [['--name', 'n', '--offset', '1.5'], '--offset needs an integer, got "1.5".'],
    [['--name', 'n', '--seed', ''], '--seed needs an integer, got "".'],
    [['--name', 'n', '--color', 'gren'], '--color takes red, green, blue; got "gren" (did you mean green?).'],
    [['--name', 'n', '--shape', 'triangle'], '--shape takes round, square; got "triangle".'],
    [['--name', 'n', '--limt', '5'], 'unknown option --limt (did you mean --limit?).'],
    [['--name', 'n', '--colour', 'red'], 'unknown option --colour (did you mean --color?).'],
    [['--name', 'n', '--zzz'], 'unknown option --zzz.'],
    [['--name', 'n', '--limit'], '--limit needs a value.'],
    [['--name', 'n', '--quiet=yes'], '--quiet is a switch and takes no value (got "--quiet=yes").'],
    [['--limit', '1'], '--name is required: a name.'],
  ])('%j is a usage error naming the flag', (argv, message) => {
    expect(usage(argv)).toEqual({ message, command: 'example' });
  });

  it('through the CLI: an unknown flag names the closest declared one, a bad number or --api value exits 2 before sending', async () => {
    const env = { HASOFFERS_ENDPOINT: 'http://127.0.0.1:9/Apiv3/json', HASOFFERS_NETWORK_TOKEN: 't', HASOFFERS_NETWORK_ID: 'n' };
    const cases: [string[], string][] = [
      [['offers', 'find-all', '--contian', 'Country'], 'unknown option --contian (did you mean --contain?).'],
      [['report', 'stats', '--fields', 'Stat.clicks', '--hour-offset', 'two'], '--hour-offset needs an integer, got "two".'],
      [['raw-logs', 'clicks', '20240501', '--concurrency', '0'], '--concurrency takes a whole number ≥ 1, got "0".'],
      [['codegen', '--runtime', 'repos'], '--runtime takes auto, repo, package; got "repos" (did you mean repo?).'],
      [['--api', 'afiliate', 'offers', 'find-all'], '--api takes network, affiliate, advertiser; got "afiliate" (did you mean affiliate?).'],
      [['sandbox', '--prot', '1'], 'unknown option --prot (did you mean --port?).'],
      [['ofers', 'find-all'], 'unknown command or manager "ofers" (did you mean offers?).'],
    ];
    for (const [argv, message] of cases) {
      const result = await run(argv, env);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain(`tsoffers: ${message}`);
      expect(result.stdout).toBe('');
    }
  });
});

describe('help generated from the declarations', () => {
  const offers = findManager('offers')!;

  it("every command's --help lists every flag it declares, with its description", async () => {
    const pages: [string[], Record<string, { description: string; short?: string }>][] = [
      ...COMMANDS.map((command) => [[command.name, '--help'], command.flags] as [string[], typeof command.flags]),
      ...MANAGER_COMMANDS.map((command) => [['offers', command.name, '--help'], command.flags] as [string[], typeof command.flags]),
    ];
    for (const [argv, flags] of pages) {
      const help = await run(argv);
      expect(help.code, argv.join(' ')).toBe(0);
      const text = flat(help.stdout);
      for (const [name, spec] of Object.entries(flags)) {
        expect(text, `${argv.join(' ')}: --${name}`).toMatch(new RegExp(`(^| )(-${spec.short ?? '\\0'}, )?--${name}\\b`));
        expect(text, `${argv.join(' ')}: --${name}'s description`).toContain(flat(spec.description));
      }
      expect(text).toContain('-h, --help show this help');
    }
  });

  it('the main help lists every command with its summary and every shared flag', async () => {
    const { stdout, code } = await run(['--help']);
    expect(code).toBe(0);
    const text = flat(stdout);
    for (const command of [...COMMANDS, ...MANAGER_COMMANDS]) {
      expect(text).toContain(` ${command.name}`);
      expect(text).toContain(flat(command.summary));
      expect(text).toContain(flat(command.examples[0]!));
    }
    for (const [name, spec] of Object.entries({ ...GLOBAL_FLAGS, ...CONNECTION_FLAGS, ...OUTPUT_FLAGS })) {
      expect(text).toContain(`--${name}`);
      expect(text).toContain(flat(spec.description));
    }
  });

  it("a manager command's help has the manager's fields; the sandbox's usage text is the CLI's help of it", async () => {
    const help = await run(['offers', 'find-all', '--help']);
    expect(help.stdout).toMatch(/^Usage: tsoffers offers find-all \[options\]/);
    expect(flat(help.stdout)).toContain(flat(offers.model!.fields.slice(0, 5).join(', ')));
    const sandbox = await run(['sandbox', '--help']);
    expect(sandbox.stdout).toBe(SANDBOX_USAGE);
  });
});

describe('the declarations agree with the rest of the code base', () => {
  it("every API profile's credential flag is a declared connection flag with the profile's variable", () => {
    for (const profile of PROFILES) {
      for (const credential of profile.credentials) {
        const declared = (CONNECTION_FLAGS as Record<string, { env?: string }>)[credential.flag];
        expect(declared, `${profile.name}: --${credential.flag}`).toBeDefined();
        expect(declared!.env).toBe(credential.env);
      }
    }
    expect(GLOBAL_FLAGS.api.values).toEqual(PROFILES.map((profile) => profile.name));
  });

  it('every top-level command is reserved from manager names (src/runtime/reserved.ts)', () => {
    for (const command of COMMANDS) expect(CLI_COMMANDS as readonly string[]).toContain(command.name);
  });
});

describe('the sandbox parses with the same machinery', () => {
  it('throws the CLI\'s UsageError, naming the closest flag', () => {
    expect(() => parseSandboxArgs(['--prot', '1'])).toThrow(UsageError);
    expect(() => parseSandboxArgs(['--prot', '1'])).toThrow('unknown option --prot (did you mean --port?).');
    expect(() => parseSandboxArgs(['--state='])).toThrow('--state needs a value.');
    expect(() => parseSandboxArgs(['--rate-limit', '0/10'])).toThrow('--rate-limit takes CALLS/MILLISECONDS such as 50/10000; got "0/10".');
    expect(parseSandboxArgs(['--port', '8080', '--seed=7', '--network-token', 'T'])).toEqual({ port: 8080, seed: 7, networkToken: 'T' });
    expect(parseSandboxArgs(['-h'])).toBe('help');
  });

  it('runSandboxCli reports a mistake as before (exit 2, one line)', async () => {
    const err: string[] = [];
    expect(await runSandboxCli(['--seed', 'x', 'extra'], { stdout: () => {}, stderr: (line) => err.push(line) })).toBe(2);
    expect(err).toEqual(['tsoffers sandbox: --seed needs an integer, got "x".']);
  });
});

describe('buildQuery: the find commands\' flags onto the query builder', () => {
  const api = new HasOffersAPI({ endpoint: 'http://127.0.0.1:9/Apiv3/json', networkToken: 't', networkId: 'n' });
  const offersQuery = () => (api.offers as unknown as { query(): AnyQuery }).query();

  it('maps every --where operator, --or, sort, fields, contain, limit and page', () => {
    const query = buildQuery(
      offersQuery(),
      { where: ['id>1', 'id<=9', 'status=active,paused', 'status!=deleted,expired', 'currency!=EUR', 'name~%a%', 'name!~%b%', 'ref_id is null', 'featured is true'], or: false, sort: ['-id'], fields: ['id', 'name'], contain: ['Country'], limit: 5, page: 2 },
      'offers find-all',
    );
    expect(query.toParams().map(([key, value]) => `${key}=${value}`)).toEqual([
      'filters[id][GREATER_THAN]=1',
      'filters[id][LESS_THAN_OR_EQUAL_TO]=9',
      'filters[status][]=active',
      'filters[status][]=paused',
      'filters[status][NOT_EQUAL_TO][]=deleted',
      'filters[status][NOT_EQUAL_TO][]=expired',
      'filters[currency][NOT_EQUAL_TO]=EUR',
      'filters[name][LIKE]=%a%',
      'filters[name][NOT_LIKE]=%b%',
      'filters[ref_id][NULL]=1',
      'filters[featured][TRUE]=1',
      'sort[Offer.id]=desc',
      'limit=5',
      'page=2',
      'fields[]=id',
      'fields[]=name',
      'contain[]=Country',
    ]);
  });

  it('refuses --or with one condition', () => {
    expect(() => buildQuery(offersQuery(), { where: ['id>1'], or: true }, 'offers find-all')).toThrow('--or joins two or more --where conditions.');
  });
});
