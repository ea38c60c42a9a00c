/**
 * The network table's decoder without a client or HTTP: a context whose `send` and `manager`
 * refuse (nothing is sent), with the generated model classes, as the client decodes answers.
 */
import { API_TABLE, MODEL_CLASSES } from '../../generated/index.js';
import { parseOrderedJson } from '../../src/response/ordered-json.js';
import type { ApiContext } from '../../src/runtime/context.js';
import { modelDecoder } from '../../src/runtime/model-classes.js';
import type { ModelConstructor } from '../../src/runtime/model.js';
import type { ResultKind } from '../../src/table/spec.js';

const specs = new Map(API_TABLE.models.map((spec) => [spec.name, spec]));
const classes = MODEL_CLASSES as unknown as Readonly<Record<string, ModelConstructor>>;

export const offlineContext: ApiContext = {
  table: API_TABLE,
  send: () => Promise.reject(new Error('nothing is sent here')),
  manager: (name) => {
    throw new Error(`no manager ${name} here`);
  },
  modelClass: (name) => classes[name],
  modelSpec: (name) => specs.get(name),
};

export const offlineDecoder = modelDecoder(offlineContext);

/** Decodes an answer's `data` given as JSON text, the way the client does. */
export function decodeJson(json: string, result: ResultKind, model: string): unknown {
  return offlineDecoder.decode(parseOrderedJson(json), result, model);
}
