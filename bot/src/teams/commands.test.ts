import { isPlausibleJoinCode, parseSubmit, parseText, type Command } from './commands';

describe('parseText', () => {
  const rows: Array<[string | undefined, Command]> = [
    ['hjälp', { kind: 'help' }],
    ['  Hjälp! ', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['hjalp', { kind: 'help' }],
    ['agenda', { kind: 'agenda' }],
    ['Nästa?', { kind: 'agenda' }],
    ['next', { kind: 'agenda' }],
    ['uppgifter', { kind: 'prompts' }],
    ['Prompts', { kind: 'prompts' }],
    ['gå med INNO2026', { kind: 'join', code: 'INNO2026' }],
    ['Gå  med   inno2026 ', { kind: 'join', code: 'inno2026' }],
    ['ga med ABC-123', { kind: 'join', code: 'ABC-123' }],
    ['join INNO2026', { kind: 'join', code: 'INNO2026' }],
    ['gå med', { kind: 'joinWithoutCode' }],
    ['join', { kind: 'joinWithoutCode' }],
    ['joinery', { kind: 'unknown' }],
    ['hjälp mig med agendan', { kind: 'unknown' }],
    ['', { kind: 'unknown' }],
    [undefined, { kind: 'unknown' }],
  ];
  it.each(rows)('reads %j as %j', (text, command) => {
    expect(parseText(text)).toEqual(command);
  });
});

describe('parseSubmit', () => {
  it('reads the command of our cards', () => {
    expect(parseSubmit({ command: 'agenda' })).toEqual({ kind: 'agenda' });
    expect(parseSubmit({ command: 'prompts' })).toEqual({ kind: 'prompts' });
    expect(parseSubmit({ command: 'help' })).toEqual({ kind: 'help' });
  });

  it('ignores other submit data', () => {
    expect(parseSubmit(undefined)).toBeUndefined();
    expect(parseSubmit('agenda')).toBeUndefined();
    expect(parseSubmit({ command: 'join' })).toBeUndefined();
    expect(parseSubmit({ answer: 'x' })).toBeUndefined();
  });
});

describe('isPlausibleJoinCode', () => {
  it('accepts letters, digits, dash and underscore only', () => {
    expect(isPlausibleJoinCode('INNO2026')).toBe(true);
    expect(isPlausibleJoinCode('Höst_2026-a')).toBe(true);
    expect(isPlausibleJoinCode('a/b')).toBe(false);
    expect(isPlausibleJoinCode('x')).toBe(false);
    expect(isPlausibleJoinCode('A'.repeat(41))).toBe(false);
  });
});
