import { fromColumns, sameColumns, stableStringify, toColumns } from './json-columns';

describe('JSON columns', () => {
  it('keeps scalars as columns, stores objects as JSON and leaves out undefined', () => {
    const columns = toColumns({ id: 'x', n: 2, ok: true, name: { sv: 'Hej', en: 'Hi' }, list: [1], gone: undefined });
    expect(columns).toEqual({ id: 'x', n: 2, ok: true, name_json: '{"en":"Hi","sv":"Hej"}', list_json: '[1]' });
    expect(fromColumns(columns)).toEqual({ id: 'x', n: 2, ok: true, name: { sv: 'Hej', en: 'Hi' }, list: [1] });
  });

  it('gives the same JSON whatever the order of object keys', () => {
    expect(stableStringify({ b: 1, a: { d: [{ y: 1, x: 2 }], c: 3 } })).toBe(stableStringify({ a: { c: 3, d: [{ x: 2, y: 1 }] }, b: 1 }));
  });

  it('compares columns by name and value', () => {
    expect(sameColumns({ a: 1, b: 'x' }, { b: 'x', a: 1 })).toBe(true);
    expect(sameColumns({ a: 1 }, { a: 1, b: 'x' })).toBe(false);
    expect(sameColumns({ a: 1, c: 2 }, { a: 1, b: 2 })).toBe(false);
    expect(sameColumns({ a: 1 }, { a: '1' })).toBe(false);
  });
});
