/**
 * One RFC 4180 field: quoted (quotes doubled) when it holds a comma, quote, CR, LF or tab, or
 * starts or ends with white space (which spreadsheets would trim); as it is otherwise.
 */
export function csvField(text: string): string {
  return /[",\r\n\t]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
