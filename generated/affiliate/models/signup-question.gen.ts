// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/signup-question.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** SignupQuestion fields, named and valued as HasOffers sends them. */
export interface SignupQuestionFields {
    /** enum */
    readonly class: "bool" | "select" | "textarea" | null;
    /** string, nullable */
    readonly class_data: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** integer, required on create */
    readonly question: NumericString | null;
    /** boolean */
    readonly required: BooleanFlag | null;
    /** enum */
    readonly status: "active" | "paused" | "deleted" | null;
    /** enum, required on create */
    readonly type: "affiliate" | "offer" | null;
    /** integer, nullable */
    readonly type_id: NumericString | null;
}

export type SignupQuestionField = keyof SignupQuestionFields & string;
export type SignupQuestionContain = never;
export type SignupQuestionWrite = { readonly [K in "class_data" | "question" | "required" | "type_id"]?: FieldInput } & { readonly class?: "bool" | "select" | "textarea"; readonly status?: "active" | "paused" | "deleted"; readonly type?: "affiliate" | "offer" };

/** A SignupQuestion as HasOffers returns it, with its contained relations and methods. */
export interface SignupQuestion extends Model, SignupQuestionFields {
}

/** The SignupQuestion class (for instanceof), made by the runtime from the table. */
export const SignupQuestion: ModelClass<SignupQuestion> = modelClass<SignupQuestion>(MODEL_CLASSES, "SignupQuestion");
