/**
 * Names the schema may not use, because the client, every manager, every model or the CLI already
 * has them. Codegen refuses a schema that uses one (with file and line), so a controller added
 * later can never shadow behaviour.
 */

/** Members of every client (`api.call`, `api.rawLogs`…): a manager may not be named like one. */
export const CLIENT_MEMBERS = ['call', 'close', 'controller', 'rawLogs', 'endpoint', 'networkId', 'verbosity', 'profile', 'toString', 'toJSON', 'constructor'] as const;

/** Members of every manager besides its methods. */
export const MANAGER_MEMBERS = ['call', 'query', 'constructor', 'toString', 'toJSON', 'then'] as const;

/** Members of every model instance: a field, relation or instance method may not be named like one. */
export const MODEL_MEMBERS = ['modelName', 'toJSON', 'toString', 'equals', 'key', 'get', 'constructor', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'then'] as const;

/** Top-level CLI commands: a manager's kebab-case name may not be one of them. */
export const CLI_COMMANDS = ['call', 'sandbox', 'codegen', 'raw-logs', 'report', 'help', 'version'] as const;

/** TypeScript reserved words, which cannot name a positional parameter. */
export const TS_RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for',
  'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while',
  'with', 'as', 'implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static', 'yield', 'await', 'arguments', 'eval',
]);
