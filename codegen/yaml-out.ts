/**
 * A deterministic YAML writer for the schema files the importer produces: block mappings down to
 * `flowDepth`, flow style below it (one line per method param or field), plain scalars where YAML
 * reads them back as the same string, quoted otherwise. Key order is the order given.
 */
import { stringify } from 'yaml';

type Value = unknown;

function scalar(value: Value): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  const text = String(value);
  return /^[A-Za-z_][A-Za-z0-9_.\-/ ]*$/.test(text) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(text) && !text.endsWith(' ') ? text : stringify(text).trim();
}

function key(text: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) ? text : JSON.stringify(text);
}

function isPair(value: Value): value is Record<string, Value> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1;
}

function flow(value: Value): string {
  // A list of one-pair mappings (positional params) reads best as `[id: integer, reason?: string]`.
  if (Array.isArray(value) && value.length && value.every(isPair)) return `[${value.map((pair) => Object.entries(pair).map(([name, item]) => `${/^[A-Za-z_][A-Za-z0-9_]*\??$/.test(name) ? name : JSON.stringify(name)}: ${flow(item)}`)[0]).join(', ')}]`;
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, Value>).filter(([, item]) => item !== undefined);
    return entries.length ? `{ ${entries.map(([name, item]) => `${key(name)}: ${flow(item)}`).join(', ')} }` : '{}';
  }
  return scalar(value);
}

/** `depths`: how many mapping levels are written as blocks before values go on one line. */
export function toYaml(value: Record<string, Value>, flowDepth: number, indent = ''): string {
  const lines: string[] = [];
  for (const [name, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const isMap = item !== null && typeof item === 'object' && !Array.isArray(item);
    if (isMap && flowDepth > 0 && Object.keys(item as object).length > 0) {
      lines.push(`${indent}${key(name)}:`);
      lines.push(toYaml(item as Record<string, Value>, flowDepth - 1, `${indent}  `));
    } else lines.push(`${indent}${key(name)}: ${flow(item)}`);
  }
  return lines.filter((line) => line.length > 0).join('\n');
}
