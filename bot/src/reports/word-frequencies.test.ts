import { wordFrequencies } from './word-frequencies';

describe('wordFrequencies', () => {
  it('counts words case-insensitively without Swedish or English stop words', () => {
    const words = wordFrequencies(['Vi behöver mer tid för innovation', 'Innovation tar tid, and time is what we need', 'TID!']);
    expect(words.slice(0, 2)).toEqual([
      { word: 'tid', count: 3 },
      { word: 'innovation', count: 2 },
    ]);
    const all = words.map((w) => w.word);
    for (const stop of ['vi', 'för', 'mer', 'and', 'is', 'what', 'we']) expect(all).not.toContain(stop);
  });

  it('keeps å, ä, ö and hyphenated words, and drops numbers and single letters', () => {
    expect(wordFrequencies(['Öppna e-tjänster är 2026 ett mål i år', 'öppna']).map((w) => w.word)).toEqual([
      'öppna',
      'e-tjänster',
      'mål',
      'år',
    ]);
  });

  it('orders ties alphabetically and stops at the limit', () => {
    expect(wordFrequencies(['beta alfa gamma'], 2)).toEqual([
      { word: 'alfa', count: 1 },
      { word: 'beta', count: 1 },
    ]);
  });
});
