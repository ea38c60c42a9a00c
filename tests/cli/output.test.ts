import { describe, expect, it } from 'vitest';
import { renderCsv, renderTable } from '../../src/cli/output.js';

describe('table output', () => {
  const rows = [
    { id: '1', name: 'A very long offer name that goes on and on beyond forty characters', status: 'active', note: '' },
    { id: '12', name: 'Short', status: 'paused', note: '' },
  ];
  it('sizes columns to content, truncates long cells, right-aligns numbers and hides empty columns', () => {
    const { text, note } = renderTable(rows, { width: 200, wide: false, priority: ['id', 'name'] });
    expect(text).toBe(
      [
        'id  name                                      status',
        '--  ----------------------------------------  ------',
        ' 1  A very long offer name that goes on and…  active',
        '12  Short                                     paused',
        '',
      ].join('\n'),
    );
    expect(note).toBe('2 rows; 1 empty column hidden');
  });
  it('fits the terminal width and says which columns were left out', () => {
    const { text, note } = renderTable(rows, { width: 30, wide: false });
    expect(text.split('\n')[0]).toBe('id');
    expect(note).toContain('2 more columns not shown (name, status): use --fields, --wide or --json');
  });
  it('--wide shows everything untruncated; --fields picks the order', () => {
    expect(renderTable(rows, { width: 30, wide: true }).text).toContain('beyond forty characters');
    expect(renderTable(rows, { width: 200, wide: false, columns: ['status', 'id'] }).text.split('\n')[0]).toBe('status  id  name                                      note');
  });
});

describe('CSV output', () => {
  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(renderCsv([{ id: '1', name: 'a, "b"\nc' }])).toBe('id,name\r\n1,"a, ""b""\nc"\r\n');
  });
});
