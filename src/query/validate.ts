import { InvalidArgumentError } from '../errors.js';
import { suggestion } from '../util/closest.js';
import { describeValue } from '../util/describe.js';

/** Throws unless `value` is a positive safe integer (limit, page). */
export function assertPositiveInteger(argument: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new InvalidArgumentError(argument, `expected a positive integer, got ${describeValue(value)}.`);
  }
}

/** Throws unless `value` is an array of non-empty strings, each in `known` when given. */
export function assertNameList(
  argument: string,
  value: unknown,
  known?: ReadonlySet<string>,
  where?: string,
): asserts value is readonly string[] {
  if (!Array.isArray(value)) {
    throw new InvalidArgumentError(argument, `expected an array of names, got ${describeValue(value)}. Example: ${argument}: ['id', 'name'].`);
  }
  for (const name of value as unknown[]) assertName(argument, name, known, where);
}

export function assertName(argument: string, name: unknown, known?: ReadonlySet<string>, where?: string): asserts name is string {
  if (typeof name !== 'string' || name.length === 0) {
    throw new InvalidArgumentError(argument, `expected a non-empty string name, got ${describeValue(name)}.`);
  }
  if (known && !known.has(name)) {
    throw new InvalidArgumentError(argument, `"${name}" is not known for ${where ?? 'this controller'}.${suggestion(name, [...known].sort())}`);
  }
}

export function assertId(argument: string, value: unknown): asserts value is string | number {
  const ok =
    (typeof value === 'number' && Number.isSafeInteger(value)) ||
    (typeof value === 'string' && value.trim().length > 0) ||
    typeof value === 'bigint';
  if (!ok) throw new InvalidArgumentError(argument, `expected an id (integer or non-empty string), got ${describeValue(value)}.`);
}

