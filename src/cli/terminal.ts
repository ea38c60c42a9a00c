/**
 * What may reach a terminal. Server data (field names, values, HasOffers' error messages, log file
 * names) can hold ESC, BEL or C1 controls that a terminal obeys: retitle the window, clear the
 * screen, rewrite what was printed before, or (with some emulators) answer back. Every path from
 * data to a terminal goes through here: controls are shown as `\xNN`, visibly and harmlessly.
 */

/** C0 controls but the newline, DEL, and the C1 controls (U+0080-U+009F, CSI among them). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
/** The same, but a CR right before a newline (CSV's line end) stays. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_BUT_CRLF = /\r(?!\n)|[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** DEL and C1 controls: JSON.stringify escapes C0 itself but leaves these raw. */
const C1 = /[\u007f-\u009f]/g;

function hex(char: string): string {
  return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** Text for a terminal: newlines kept, every other control shown as `\xNN`. */
export function forTerminal(text: string): string {
  return text.replace(CONTROL, hex);
}

/** CSV (or any line-based data) for a terminal: CRLF line ends kept too. */
export function forTerminalLines(text: string): string {
  return text.replace(CONTROL_BUT_CRLF, hex);
}

/** JSON text with DEL and C1 controls written as `\u00NN` escapes: the same JSON value, safe to print. */
export function escapeJsonControls(json: string): string {
  return json.replace(C1, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
