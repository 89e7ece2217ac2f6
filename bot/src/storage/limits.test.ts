import { estimateEntityBytes, forbiddenKeyChar } from './limits';

describe('storage limits', () => {
  it("estimates an entity's size by Azure's formula", () => {
    // 4 + (1 + 2) * 2 + [8 + 2*1 + (4 + 3*2)] + [8 + 2*1 + 4] + [8 + 2*1 + 8] + [8 + 2*1 + 1]
    expect(estimateEntityBytes({ partitionKey: 'p', rowKey: 'rk', properties: { s: 'abc', i: 7, d: 0.5, b: true, u: undefined } })).toBe(
      10 + 20 + 14 + 18 + 11,
    );
  });

  it('finds forbidden key characters but allows pipes, quotes and non-ASCII letters', () => {
    expect(forbiddenKeyChar("a|b'c-åäö@x.se")).toBeUndefined();
    expect(forbiddenKeyChar('a\u0080')).toBe('\u0080');
    expect(forbiddenKeyChar('a\u00a0')).toBeUndefined();
  });
});
