// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/file-upload.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** FileUpload fields, named and valued as HasOffers sends them. */
export interface FileUploadFields {
    /** integer, key */
    readonly id: string;
    /** integer, required on create */
    readonly owner_id: NumericString | null;
    /** string, required on create */
    readonly original_filename: string | null;
    /** string, required on create */
    readonly file_size: string | null;
    /** string, required on create */
    readonly file_location: string | null;
    /** string, required on create */
    readonly type: string | null;
    /** string, required on create */
    readonly md5_checksum: string | null;
    /** string */
    readonly status: string | null;
    /** string */
    readonly processed_rows: string | null;
    /** datetime */
    readonly created: DateTimeString | null;
    /** datetime */
    readonly modified: DateTimeString | null;
}

export type FileUploadField = keyof FileUploadFields & string;
export type FileUploadContain = never;
export type FileUploadWrite = { readonly [K in "owner_id" | "original_filename" | "file_size" | "file_location" | "type" | "md5_checksum" | "status" | "processed_rows" | "created" | "modified"]?: FieldInput };

/** A FileUpload as HasOffers returns it, with its contained relations and methods. */
export interface FileUpload extends Model, FileUploadFields {
}

/** The FileUpload class (for instanceof), made by the runtime from the table. */
export const FileUpload: ModelClass<FileUpload> = modelClass<FileUpload>(MODEL_CLASSES, "FileUpload");
