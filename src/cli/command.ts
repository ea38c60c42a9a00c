/**
 * A CLI command is declared once: its name, a one-line summary, its flags (each with a kind, a
 * description and optionally a default or `required`), examples and `run`. The parser, the
 * `--help` text, the README's command table and the type of the values `run` receives are all
 * derived from that declaration (oclif's `static flags` is the model):
 *
 *   export const example = defineCommand({
 *     name: 'example',
 *     summary: 'Shows how a command is declared.',
 *     flags: { limit: flag.number({ description: 'rows per page', min: 1, default: 10 }) },
 *     examples: ['tsoffers example --limit 5'],
 *     run: async ({ flags }) => flags.limit, // a number: no cast, no lookup by string
 *   });
 *
 * Flag kinds: string (optionally with `parse`, whose result type becomes the value's), number
 * (whole numbers, optionally with `min`), boolean (a switch), multiple (repeatable; with
 * `split` also comma-separated) and enum (one of `values`).
 */
import { closest } from '../util/closest.js';
import type { OptionSpecs } from './argv.js';
import { parseArgv } from './argv.js';
import { UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';

interface FlagBase {
  /** One line for `--help` and the README (what the flag does, not its syntax). */
  readonly description: string;
  /** A one-letter alias (`-v`). */
  readonly short?: string;
  /** What the value looks like in help: `--limit N`, `--out FILE`. */
  readonly valueName?: string;
  /** The environment variable the value falls back to (shown in help; read by the command). */
  readonly env?: string;
  /** The section of `--help` the flag is listed under (the command's own options by default). */
  readonly group?: string;
  readonly required?: boolean;
}

export interface StringFlag<T = string> extends FlagBase {
  readonly kind: 'string';
  readonly default?: T;
  /** Turns the text into the value (throwing a UsageError when it is not one). */
  readonly parse?: (text: string, flag: string) => T;
}
export interface NumberFlag extends FlagBase {
  readonly kind: 'number';
  readonly default?: number;
  /** The smallest value allowed (whole numbers only either way). */
  readonly min?: number;
}
export interface BooleanFlag extends FlagBase {
  readonly kind: 'boolean';
}
export interface MultipleFlag extends FlagBase {
  readonly kind: 'multiple';
  /** Also split each value on commas (`--fields id,name --fields status`), dropping empty items. */
  readonly split?: boolean;
}
export interface EnumFlag<V extends string = string> extends FlagBase {
  readonly kind: 'enum';
  readonly values: readonly V[];
  readonly default?: V;
}

export type FlagSpec = StringFlag<unknown> | NumberFlag | BooleanFlag | MultipleFlag | EnumFlag;
export type Flags = Readonly<Record<string, FlagSpec>>;

type Present<F, T> = F extends { readonly required: true } ? T : F extends { readonly default: unknown } ? T : T | undefined;

/** The value `run` receives for one declared flag. */
export type FlagValue<F> = F extends { readonly kind: 'boolean' }
  ? boolean
  : F extends { readonly kind: 'multiple' }
    ? readonly string[]
    : F extends { readonly kind: 'number' }
      ? Present<F, number>
      : F extends { readonly kind: 'enum'; readonly values: readonly (infer V)[] }
        ? Present<F, V>
        : F extends { readonly kind: 'string'; readonly parse: (text: string, flag: string) => infer T }
          ? Present<F, T>
          : F extends { readonly kind: 'string' }
            ? Present<F, string>
            : never;

/** The values of a declaration's flags, keyed and typed as declared. */
export type FlagValues<F extends Flags> = { readonly [K in keyof F]: FlagValue<F[K]> };

type Options<F> = Omit<F, 'kind'>;

/** Flag constructors: `flag.number({ description, min: 1 })`. `const` keeps `required: true` and enum values literal. */
export const flag = {
  string<const O extends Options<StringFlag<string>>>(options: O): O & { readonly kind: 'string' } {
    return { ...options, kind: 'string' };
  },
  /** A string flag whose text `parse` turns into another value (`--rate-limit 50/10000`). */
  parsed<T, const O extends Options<StringFlag<T>> & { readonly parse: (text: string, flag: string) => T }>(options: O): O & { readonly kind: 'string' } {
    return { ...options, kind: 'string' };
  },
  number<const O extends Options<NumberFlag>>(options: O): O & { readonly kind: 'number' } {
    return { ...options, kind: 'number' };
  },
  boolean<const O extends Options<BooleanFlag>>(options: O): O & { readonly kind: 'boolean' } {
    return { ...options, kind: 'boolean' };
  },
  multiple<const O extends Options<MultipleFlag>>(options: O): O & { readonly kind: 'multiple' } {
    return { ...options, kind: 'multiple' };
  },
  enum<const V extends string, const O extends Options<EnumFlag<V>>>(options: O & { readonly values: readonly V[] }): O & { readonly kind: 'enum'; readonly values: readonly V[] } {
    return { ...options, kind: 'enum' };
  },
};

/** What `run` receives. `context` is what the dispatcher adds (the manager, for per-manager commands). */
export interface CommandInput<F extends Flags, X> {
  readonly flags: FlagValues<F>;
  /** The positional arguments, in order. */
  readonly args: readonly string[];
  readonly io: CliIo;
  /** How messages name the command: `call`, `offers find-all`. */
  readonly label: string;
  readonly context: X;
}

/** A section of `--help` after the options, computed from the context (a manager's fields). */
export interface HelpSection {
  readonly title: string;
  readonly body: string;
}

export interface CommandSpec<F extends Flags, X> {
  /** `call`, `raw-logs`; for a per-manager command, what follows the manager (`find-all`). */
  readonly name: string;
  /** Other names the dispatcher accepts (`rawlogs`). */
  readonly aliases?: readonly string[];
  /** One line: the main help's list and the README's table. */
  readonly summary: string;
  /** The positional arguments for the usage line: `<Target> <Method> [key=value]…`. */
  readonly usage?: string;
  /** More text for the command's `--help`, after the summary. */
  readonly description?: string | ((context: X) => string);
  readonly flags: F;
  /** Sections of `--help` after the options (syntax references, a manager's fields). */
  readonly sections?: (context: X) => readonly HelpSection[];
  /** Complete command lines. */
  readonly examples: readonly string[];
  /** Without any argument, print the help on stderr and exit 2 instead of running. */
  readonly bareShowsHelp?: boolean;
  run(input: CommandInput<F, X>): Promise<number>;
}

export interface Command<F extends Flags = Flags, X = undefined> extends CommandSpec<F, X> {
  /**
   * Parses `argv` against the declaration: the typed flag values and the positionals, or `'help'`
   * when -h/--help was given (before anything else is checked). Every mistake is a UsageError
   * naming the flag (and the closest declared one, for an unknown flag).
   */
  parse(argv: readonly string[], label?: string): { readonly flags: FlagValues<F>; readonly args: string[] } | 'help';
}

/** The help flag every command takes; listed last in help. */
export const HELP_FLAG = flag.boolean({ description: 'show this help', short: 'h' });

export function defineCommand<const F extends Flags, X = undefined>(spec: CommandSpec<F, X>): Command<F, X> {
  for (const name of Object.keys(spec.flags)) {
    if (name === 'help') throw new Error(`${spec.name}: --help is every command's; do not declare it`);
  }
  return { ...spec, parse: (argv, label = spec.name) => parseFlags(spec.flags, argv, label) };
}

function tokenSpecs(flags: Flags): OptionSpecs {
  const specs: Record<string, OptionSpecs[string]> = {};
  for (const [name, spec] of Object.entries(flags)) {
    specs[name] = { type: spec.kind === 'boolean' ? 'boolean' : 'string', ...(spec.kind === 'multiple' ? { multiple: true } : {}), ...(spec.short ? { short: spec.short } : {}) };
  }
  specs.help = { type: 'boolean', short: 'h' };
  return specs;
}

/** `"publisher"` → ` (did you mean "publishers"?)`, or nothing when no value is close. */
function didYouMean(text: string, known: readonly string[], prefix = ''): string {
  const near = closest(text, known, 1)[0];
  return near === undefined ? '' : ` (did you mean ${prefix}${near}?)`;
}

/** One flag's text as its declared kind. */
export function flagValue(name: string, spec: FlagSpec, text: string, label?: string): unknown {
  switch (spec.kind) {
    case 'number': {
      const value = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
      if (spec.min !== undefined && !(value >= spec.min)) throw new UsageError(`--${name} takes a whole number ≥ ${spec.min}, got "${text}".`, label);
      if (!Number.isSafeInteger(value)) throw new UsageError(`--${name} needs an integer, got "${text}".`, label);
      return value;
    }
    case 'enum':
      if (!spec.values.includes(text)) throw new UsageError(`--${name} takes ${spec.values.join(', ')}; got "${text}"${didYouMean(text, spec.values)}.`, label);
      return text;
    case 'string':
      if (!spec.parse) return text;
      try {
        return spec.parse(text, name);
      } catch (error) {
        // A parser's UsageError names the flag; the command it belongs to is known here.
        if (error instanceof UsageError && error.command === undefined && label !== undefined) throw new UsageError(error.message, label);
        throw error;
      }
    default:
      return text;
  }
}

/** Parses `argv` against `flags` (see Command.parse). */
export function parseFlags<F extends Flags>(flags: F, argv: readonly string[], label: string): { readonly flags: FlagValues<F>; readonly args: string[] } | 'help' {
  const { positionals, values } = parseArgv(argv, tokenSpecs(flags), label);
  if (values.help) return 'help';
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(flags)) {
    const given = values[name];
    if (spec.kind === 'boolean') {
      out[name] = given === true;
      continue;
    }
    if (spec.kind === 'multiple') {
      const items = (given as string[] | undefined) ?? [];
      const list = spec.split ? items.flatMap((item) => item.split(',')).map((item) => item.trim()).filter((item) => item.length > 0) : items;
      if (spec.required && list.length === 0) throw new UsageError(`--${name} is required: ${spec.description}.`, label);
      out[name] = list;
      continue;
    }
    if (given === undefined) {
      if (spec.required) throw new UsageError(`--${name} is required: ${spec.description}.`, label);
      out[name] = spec.default;
      continue;
    }
    out[name] = flagValue(name, spec, given as string, label);
  }
  return { flags: out as FlagValues<F>, args: positionals };
}

/** `--limit N`, `--json`, `-v, --verbose`: how help shows a flag. */
export function flagSynopsis(name: string, spec: FlagSpec): string {
  const value = spec.kind === 'boolean' ? '' : ` ${spec.valueName ?? (spec.kind === 'enum' ? spec.values.join('|') : spec.kind === 'number' ? 'N' : 'VALUE')}`;
  return `${spec.short ? `-${spec.short}, ` : ''}--${name}${value}`;
}

/** A flag's description with what the declaration adds: repeatable, required, default, variable. */
export function flagDescription(spec: FlagSpec): string {
  const notes: string[] = [];
  if (spec.kind === 'multiple') notes.push(spec.split ? 'repeatable, or comma-separated' : 'repeatable');
  if (spec.required) notes.push('required');
  if ('default' in spec && spec.default !== undefined) notes.push(`default ${String(spec.default)}`);
  if (spec.env) notes.push(`or ${spec.env}`);
  return notes.length ? `${spec.description} (${notes.join('; ')})` : spec.description;
}

/**
 * `defineCommand` for commands whose `run` gets a context from the dispatcher:
 * `withContext<ManagerInfo>()({ name: 'find-all', … })` (TypeScript cannot infer the flags while
 * being told the context, so the context comes first).
 */
export function withContext<X>(): <const F extends Flags>(spec: CommandSpec<F, X>) => Command<F, X> {
  return (spec) => defineCommand(spec);
}

/** Every name a command answers to, for "did you mean". */
export function commandNames(commands: readonly { readonly name: string; readonly aliases?: readonly string[] }[]): string[] {
  return commands.flatMap((command) => [command.name, ...(command.aliases ?? [])]);
}

/** The suggestion text for an unknown command or flag name. */
export function suggest(text: string, known: readonly string[], prefix = ''): string {
  return didYouMean(text, known, prefix);
}
