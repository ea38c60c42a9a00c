// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from every schema file.
// Change the YAML under schema/ and run the command again.

import { modelClasses } from "../../src/runtime/types.js";
import { API_TABLE } from "./table.gen.js";
/** One model class per table model, made by the runtime (no class bodies here). */
export const MODEL_CLASSES = modelClasses(API_TABLE);
