import {
  addAttendanceEvent,
  agendaPosition,
  attendedSeconds,
  checkLiveAnswer,
  isPresenterRole,
  moveAgenda,
  normaliseWord,
  tallyLive,
  type AgendaState,
  type LivePrompt,
} from './live';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 8, 9, minute)).toISOString();
const choice: LivePrompt = {
  id: 'c',
  type: 'multiChoice',
  question: { sv: 'Vad?', en: 'What?' },
  choices: [
    { id: 'a', label: { sv: 'A', en: 'A' } },
    { id: 'b', label: { sv: 'B', en: 'B' } },
  ],
};

describe('attendance', () => {
  it('keeps each event once, in time order, so a repeated or late event changes nothing twice', () => {
    const joined = addAttendanceEvent([], { kind: 'join', at: at(10) })!;
    expect(addAttendanceEvent(joined, { kind: 'join', at: at(10) })).toBeUndefined();
    const withLeave = addAttendanceEvent(joined, { kind: 'leave', at: at(40) })!;
    const lateJoin = addAttendanceEvent(withLeave, { kind: 'join', at: at(0) })!;
    expect(lateJoin.map((e) => e.at)).toEqual([at(0), at(10), at(40)]);
  });

  it('counts time present from join to leave, an open join until the end, overlapping joins once', () => {
    expect(
      attendedSeconds(
        [
          { kind: 'join', at: at(0) },
          { kind: 'leave', at: at(30) },
        ],
        at(60),
      ),
    ).toBe(1800);
    expect(
      attendedSeconds(
        [
          { kind: 'join', at: at(0) },
          { kind: 'join', at: at(10) },
          { kind: 'leave', at: at(20) },
        ],
        at(60),
      ),
    ).toBe(1200);
    expect(attendedSeconds([{ kind: 'join', at: at(50) }], at(60))).toBe(600);
    expect(attendedSeconds([{ kind: 'leave', at: at(5) }], at(60))).toBe(0);
    expect(
      attendedSeconds(
        [
          { kind: 'join', at: at(0) },
          { kind: 'leave', at: at(59) },
        ],
        at(30),
      ),
    ).toBe(1800);
  });
});

describe('live answers and results', () => {
  it('checks answers against the question: choice ids, ratings 1–5, lengths', () => {
    expect(checkLiveAnswer(choice, 'a,b,a')).toEqual({ value: ['a', 'b'] });
    expect(checkLiveAnswer(choice, 'a,x')).toEqual({ error: 'invalid' });
    expect(checkLiveAnswer(choice, '')).toEqual({ error: 'required' });
    const rating: LivePrompt = { id: 'r', type: 'rating', question: { sv: '?', en: '?' } };
    expect(checkLiveAnswer(rating, '5')).toEqual({ value: 5 });
    expect(checkLiveAnswer(rating, 6)).toEqual({ error: 'invalid' });
    expect(checkLiveAnswer(rating, '2.5')).toEqual({ error: 'invalid' });
    const word: LivePrompt = { id: 'w', type: 'word', question: { sv: '?', en: '?' }, maxLength: 8 };
    expect(checkLiveAnswer(word, '  två   ord ')).toEqual({ value: 'två ord' });
    expect(checkLiveAnswer(word, 'sex tecken')).toEqual({ error: 'tooLong' });
    expect(checkLiveAnswer(word, 12)).toEqual({ error: 'invalid' });
  });

  it('tallies choices in order, ratings with a mean, words case-insensitively, texts newest first', () => {
    expect(
      tallyLive(choice, [
        { value: ['a', 'b'], answeredAt: at(1) },
        { value: ['b'], answeredAt: at(2) },
      ]).counts?.map((c) => c.count),
    ).toEqual([1, 2]);
    const rating = tallyLive(
      { id: 'r', type: 'rating', question: { sv: '?', en: '?' } },
      [4, 5, 2].map((value) => ({ value, answeredAt: at(1) })),
    );
    expect(rating.counts?.map((c) => c.count)).toEqual([0, 1, 0, 1, 1]);
    expect(rating.mean).toBe(3.7);
    const words = tallyLive(
      { id: 'w', type: 'word', question: { sv: '?', en: '?' } },
      ['Mod', 'mod ', 'Tid'].map((value) => ({ value, answeredAt: at(1) })),
    );
    expect(words.words).toEqual([
      { word: 'mod', count: 2 },
      { word: 'tid', count: 1 },
    ]);
    const texts = tallyLive({ id: 't', type: 'openText', question: { sv: '?', en: '?' } }, [
      { value: 'först', answeredAt: at(1) },
      { value: 'sist', answeredAt: at(2) },
    ]);
    expect(texts.texts).toEqual(['sist', 'först']);
    expect(normaliseWord('  ÅR  och DAG ')).toBe('år och dag');
  });
});

describe('agenda', () => {
  const state: AgendaState = { programmeId: 'p', sessionNumber: 1, currentItem: -1, updatedAt: at(0) };

  it('moves within the agenda (clamped) and starts the item’s clock; no change when already there', () => {
    const now = new Date(at(5));
    const moved = moveAgenda(state, 7, 3, now)!;
    expect(moved).toMatchObject({ currentItem: 2, itemStartedAt: at(5) });
    expect(moveAgenda(moved, 2, 3, now)).toBeUndefined();
    expect(moveAgenda(moved, -4, 3, now)).toMatchObject({ currentItem: -1, itemStartedAt: undefined });
  });

  it('gives the current item’s planned end and the seconds left, negative when over time', () => {
    const current = { ...state, currentItem: 1, itemStartedAt: at(0) };
    expect(agendaPosition(current, [10, 30], new Date(at(20)))).toEqual({ currentItem: 1, endsAt: at(30), secondsLeft: 600 });
    expect(agendaPosition(current, [10, 30], new Date(at(40))).secondsLeft).toBe(-600);
    expect(agendaPosition(undefined, [10], new Date(at(0)))).toEqual({ currentItem: -1 });
  });

  it('takes organizers, co-organizers and presenters as presenters, not attendees', () => {
    expect(['Organizer', 'presenter', 'Coorganizer'].every(isPresenterRole)).toBe(true);
    expect(isPresenterRole('Attendee')).toBe(false);
    expect(isPresenterRole(undefined)).toBe(false);
  });
});
