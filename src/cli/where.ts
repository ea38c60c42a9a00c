/**
 * The `--where` mini-language: one condition per flag, turned into query-builder calls.
 *
 *   id>100   id>=100   id<100   id<=100   status=active   status!=deleted
 *   status=active,paused      (a comma makes a list: IN; write \, for a literal comma)
 *   status!=deleted,expired   (NOT IN)
 *   status in active,paused   (the same as =active,paused)
 *   name~%shop%   name!~%test%          (SQL LIKE / NOT LIKE; % is any text, _ one character)
 *   ref_id is null   ref_id is not null   ref_id not null   featured is true   featured is false
 *
 * Spaces around the operator are allowed and values are trimmed. A value in quotes ("…" or '…')
 * is taken literally: no list splitting, spaces kept, and it may start with = < > ! ~ (which an
 * unquoted value may not, since `id>>1` or `status==active` are almost always typos).
 * Conditions are joined with AND,
 * or with OR when `--or` is given (HasOffers takes one connector for the whole filter group).
 */
import type { FilterOperator } from '../query/nodes.js';
import { UsageError } from './exit-codes.js';

export interface WhereCondition {
  readonly field: string;
  readonly op: FilterOperator;
  /** A string for value operators, a list for `in` / `ne` lists, absent for unary ones. */
  readonly value?: string | readonly string[];
}

export const WHERE_SYNTAX = `  FIELD=V        equal                     status=active
  FIELD=A,B      one of (IN)               status=active,paused   (\\, for a literal comma)
  FIELD in A,B   one of (IN)               status in active,paused
  FIELD!=V       not equal (or NOT IN A,B) status!=deleted
  FIELD<V  FIELD<=V  FIELD>V  FIELD>=V     id>100
  FIELD~P        LIKE (% any text, _ one)  name~%shop%
  FIELD!~P       NOT LIKE                  name!~%test%
  FIELD is null | FIELD is not null | FIELD is true | FIELD is false
  Quote a value to take it literally (commas, spaces, leading = < > ! ~):  note="a, b"`;

// Longest first, so that `<=` is not read as `<` followed by "=100".
const OPERATORS: readonly (readonly [string, FilterOperator])[] = [
  ['!=', 'ne'],
  ['<=', 'lte'],
  ['>=', 'gte'],
  ['!~', 'notLike'],
  ['=', 'eq'],
  ['<', 'lt'],
  ['>', 'gt'],
  ['~', 'like'],
];

const UNARY: Readonly<Record<string, FilterOperator>> = {
  'is null': 'isNull',
  'is not null': 'notNull',
  'not null': 'notNull',
  'is true': 'isTrue',
  'is false': 'isFalse',
};

/** Splits on commas not preceded by a backslash; `\,` becomes a literal comma. */
function splitList(text: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && text[i + 1] === ',') {
      current += ',';
      i++;
    } else if (ch === ',') {
      items.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  items.push(current.trim());
  return items;
}

function unescapeCommas(text: string): string {
  return text.replace(/\\,/g, ',');
}

export function parseWhere(expression: string, command = 'find-all'): WhereCondition {
  const bad = (why: string) => new UsageError(`--where "${expression}": ${why}\nSyntax:\n${WHERE_SYNTAX}`, command);
  const match = /^\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*(.*)$/s.exec(expression);
  if (!match) throw bad('it must start with a field name.');
  const field = match[1]!;
  const rest = match[2]!.trim();
  if (rest === '') throw bad(`no operator after "${field}".`);

  const unary = UNARY[rest.toLowerCase().replace(/\s+/g, ' ')];
  if (unary) return { field, op: unary };

  const inMatch = /^in\s+(.*)$/is.exec(rest);
  if (inMatch) {
    const items = splitList(inMatch[1]!);
    if (items.some((item) => item === '')) throw bad('a list item is empty.');
    return { field, op: 'in', value: items };
  }

  const operator = OPERATORS.find(([symbol]) => rest.startsWith(symbol));
  if (!operator) {
    if (/^is\b/i.test(rest) || /^not\b/i.test(rest)) throw bad('after "is" write null, not null, true or false.');
    throw bad(`unknown operator at "${rest}".`);
  }
  const [symbol, op] = operator;
  const raw = rest.slice(symbol.length).trim();
  if (raw === '') throw bad(`no value after "${symbol}". To match a missing value write "${field} is null".`);
  const quoted = /^(["'])(.*)\1$/s.exec(raw);
  if (quoted) return { field, op, value: quoted[2]! };
  if (/^[=<>!~]/.test(raw)) {
    throw bad(`the value "${raw}" starts with an operator character; write one operator (e.g. ${field}${symbol}${raw.replace(/^[=<>!~]+/, '')}), or quote the value to mean it literally.`);
  }

  if (op === 'eq' || op === 'ne') {
    const items = splitList(raw);
    if (items.length > 1) {
      if (items.some((item) => item === '')) throw bad('a list item is empty.');
      return { field, op: op === 'eq' ? 'in' : 'ne', value: items };
    }
    return { field, op, value: items[0]! };
  }
  // LIKE patterns and comparisons take one value; a comma there is just a character.
  return { field, op, value: unescapeCommas(raw) };
}

/** `--sort -id,name` and repeated flags → ['-id', 'name']. */
export function sortSpecs(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split(',')).map((item) => item.trim()).filter(Boolean);
}
