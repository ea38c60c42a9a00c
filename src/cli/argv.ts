/**
 * The tokenizer under command.ts's declarations (which add kinds, defaults and help). A small argv
 * parser: node:util's parseArgs refuses `--sort -id` (a value that starts with a dash)
 * in strict mode, and `-id` is exactly how a descending sort is written, so option values are
 * taken verbatim: a string option always consumes the next argument.
 */
import { closest } from '../util/closest.js';
import { UsageError } from './exit-codes.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface ParsedArgs {
  readonly positionals: string[];
  /** Strings (the last one given), string arrays for `multiple`, `true` for booleans given. */
  readonly values: Record<string, string | string[] | boolean | undefined>;
}

export function parseArgv(args: readonly string[], specs: OptionSpecs, command: string): ParsedArgs {
  const positionals: string[] = [];
  const values: ParsedArgs['values'] = {};
  const byShort = new Map<string, string>();
  for (const [name, spec] of Object.entries(specs)) if (spec.short) byShort.set(spec.short, name);

  const set = (name: string, value: string | true) => {
    const spec = specs[name]!;
    if (spec.type === 'boolean') {
      values[name] = true;
      return;
    }
    if (spec.multiple) {
      const list = (values[name] as string[] | undefined) ?? [];
      list.push(value as string);
      values[name] = list;
    } else {
      values[name] = value;
    }
  };

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
      if (!(name in specs)) {
        const guess = closest(name, Object.keys(specs), 1)[0];
        throw new UsageError(`unknown option --${name}${guess ? ` (did you mean --${guess}?)` : ''}.`, command);
      }
    } else if (/^-[A-Za-z]$/.test(arg)) {
      name = byShort.get(arg.slice(1));
      if (!name) throw new UsageError(`unknown option ${arg}.`, command);
    } else {
      // Anything else, including `-5` or `-id`, is a positional.
      positionals.push(arg);
      continue;
    }
    const spec = specs[name]!;
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} is a switch and takes no value (got "--${name}=${inline}").`, command);
      set(name, true);
      continue;
    }
    if (inline !== undefined) {
      set(name, inline);
      continue;
    }
    if (i + 1 >= args.length) throw new UsageError(`--${name} needs a value.`, command);
    set(name, args[++i]!);
  }
  return { positionals, values };
}
