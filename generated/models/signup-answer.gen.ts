// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/signup-answer.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** SignupAnswer fields, named and valued as HasOffers sends them. */
export interface SignupAnswerFields {
    /** string */
    readonly answer: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** integer, required on create */
    readonly question_id: NumericString | null;
    /** integer */
    readonly ref_id: NumericString | null;
    /** integer, nullable */
    readonly responder_id: NumericString | null;
    /** enum, required on create */
    readonly responder_type: "affiliate" | "advertiser" | null;
    /** integer, read only */
    readonly responder_user_id: NumericString | null;
}

export type SignupAnswerField = keyof SignupAnswerFields & string;
export type SignupAnswerContain = never;
export type SignupAnswerWrite = { readonly [K in "answer" | "question_id" | "ref_id" | "responder_id"]?: FieldInput } & { readonly responder_type?: "affiliate" | "advertiser" };

/** A SignupAnswer as HasOffers returns it, with its contained relations and methods. */
export interface SignupAnswer extends Model, SignupAnswerFields {
}

/** The SignupAnswer class (for instanceof), made by the runtime from the table. */
export const SignupAnswer: ModelClass<SignupAnswer> = modelClass<SignupAnswer>(MODEL_CLASSES, "SignupAnswer");
