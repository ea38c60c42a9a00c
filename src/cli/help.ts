/** `--help` texts, generated from the command declarations (command.ts): nothing here lists a flag by hand. */
import type { Command, FlagSpec, Flags } from './command.js';
import { flagDescription, flagSynopsis, HELP_FLAG } from './command.js';
import { EXIT } from './exit-codes.js';
import { GROUP_NOTES } from './flags.js';

const OPTIONS_GROUP = 'Options';
const WIDTH = 100;

/** Words of `text` in lines of at most `width` characters, each after `indent`. */
function wrapText(text: string, indent: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `  --limit N         rows per page`, the description wrapped under itself. */
export function flagLines(flags: readonly (readonly [string, FlagSpec])[]): string {
  const synopses = flags.map(([name, spec]) => flagSynopsis(name, spec));
  const column = Math.min(Math.max(...synopses.map((synopsis) => synopsis.length)) + 4, 28);
  return flags
    .map(([, spec], index) => {
      const synopsis = `  ${synopses[index]!}`;
      const text = wrapText(flagDescription(spec), column, WIDTH);
      const first = synopsis.length + 2 > column ? [synopsis, ...text.map((line) => `${' '.repeat(column)}${line}`)] : [`${synopsis.padEnd(column)}${text[0] ?? ''}`, ...text.slice(1).map((line) => `${' '.repeat(column)}${line}`)];
      return first.join('\n');
    })
    .join('\n');
}

/** The flags by help section, in declaration order: the command's own options first. */
export function flagGroups(flags: Flags, withHelp = true): { readonly title: string; readonly flags: (readonly [string, FlagSpec])[] }[] {
  const groups = new Map<string, (readonly [string, FlagSpec])[]>([[OPTIONS_GROUP, []]]);
  for (const [name, spec] of Object.entries(flags)) {
    const title = spec.group ?? OPTIONS_GROUP;
    if (!groups.has(title)) groups.set(title, []);
    groups.get(title)!.push([name, spec]);
  }
  if (withHelp) groups.get(OPTIONS_GROUP)!.push(['help', HELP_FLAG]);
  return [...groups].filter(([, list]) => list.length).map(([title, list]) => ({ title, flags: list }));
}

/** One help section: its title, its flags and the note the section has. */
export function flagSection(title: string, flags: readonly (readonly [string, FlagSpec])[]): string {
  const note = GROUP_NOTES[title];
  return `${title}:\n${flagLines(flags)}${note ? `\n${note.split('\n').map((line) => `  ${line}`).join('\n')}` : ''}`;
}

/** `tsoffers offers find-all [options]`: the usage line of a command under `prefix`. */
export function usageLine(command: Pick<Command, 'name' | 'usage' | 'flags'>, prefix = 'tsoffers'): string {
  return `${prefix} ${command.name}${command.usage ? ` ${command.usage}` : ''} [options]`;
}

/** A command's `--help`: usage, summary and description, every flag by section, the extra sections, examples. */
export function commandHelp<X>(command: Command<Flags, X>, context: X, prefix = 'tsoffers'): string {
  const description = typeof command.description === 'function' ? command.description(context) : command.description;
  // A one-line paragraph is wrapped; text with its own layout (indented lines) is kept as written.
  const lead = `${command.summary.charAt(0).toUpperCase()}${command.summary.slice(1)}.`;
  const paragraphs = [lead, ...(description ?? '').split('\n\n')].filter(Boolean).map((text) => (/\n|^\s/.test(text) ? text : wrapText(text, 0, WIDTH).join('\n')));
  const parts = [`Usage: ${usageLine(command, prefix)}`, paragraphs.join('\n\n')];
  for (const group of flagGroups(command.flags)) parts.push(flagSection(group.title, group.flags));
  for (const section of command.sections?.(context) ?? []) parts.push(`${section.title}:\n${section.body}`);
  if (command.examples.length) parts.push(`Examples:\n${command.examples.map((example) => `  ${example}`).join('\n')}`);
  return parts.join('\n\n');
}

export function exitCodesText(): string {
  const lines: [number, string][] = [
    [EXIT.OK, 'success'],
    [EXIT.HASOFFERS_ERROR, 'HasOffers answered with an error'],
    [EXIT.USAGE, 'usage error (bad command, option or --where); nothing was sent'],
    [EXIT.NETWORK, 'network or HTTP failure, or an answer that is not HasOffers JSON'],
    [EXIT.NOT_FOUND, 'find-by-id found nothing; raw-logs PERIOD: no log files for the period'],
    [EXIT.RATE_LIMITED, 'still rate-limited after every retry'],
    [EXIT.UNKNOWN_OUTCOME, 'a write failed after it may have been applied: check before repeating'],
    [EXIT.DATA_ERROR, 'a raw log failed verification or could not be written'],
    [EXIT.INTERNAL, 'internal error (a bug: please report it)'],
    [EXIT.INTERRUPTED, 'interrupted'],
  ];
  return `Exit codes:\n${lines.map(([code, text]) => `  ${String(code).padStart(3)}  ${text}`).join('\n')}`;
}
