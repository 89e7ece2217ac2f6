import type { AdminPromptState } from '../api/admin-contract';
import type { Prompt } from '../domain/model';
import { changedPrompts, promptsToDiscard, unresolvedSentPrompts } from './prompt-changes';

const prompt = (id: string, title = 'T'): Prompt => ({
  programmeId: 'p',
  id,
  kind: 'reflection',
  afterSession: 1,
  title: { sv: title, en: title },
  text: { sv: 'x', en: 'x' },
  questions: [],
  sendAt: '2026-03-05T12:00',
  dueAt: '2026-03-10T12:00',
  reminders: [],
  visibility: 'private',
});

const state = (promptId: string, answers: number, deliveries = 0): [string, AdminPromptState] => [
  promptId,
  { promptId, answers, deliveries, sent: answers + deliveries > 0 },
];

describe('the prompt already sent rule', () => {
  const stored = [prompt('a'), prompt('b'), prompt('c'), prompt('d')];
  const incoming = [prompt('a', 'changed'), prompt('b'), prompt('d', 'changed')];
  const states = new Map([state('a', 2), state('c', 0, 5), state('d', 0)]);
  const changes = changedPrompts(stored, incoming);

  it('finds changed and removed prompts only', () => {
    expect(changes.map((c) => [c.prompt.id, c.change])).toEqual([
      ['a', 'changed'],
      ['c', 'removed'],
      ['d', 'changed'],
    ]);
  });

  it('asks about sent prompts (answers or deliveries) without a policy', () => {
    expect(unresolvedSentPrompts(changes, states).map((c) => c.promptId)).toEqual(['a', 'c']);
    expect(unresolvedSentPrompts(changes, states, { a: 'keep' }).map((c) => c.promptId)).toEqual(['c']);
    expect(unresolvedSentPrompts(changes, states, { a: 'discard', c: 'keep' })).toEqual([]);
  });

  it('discards only where asked and where there are answers', () => {
    expect(promptsToDiscard(changes, states, { a: 'discard', c: 'discard', b: 'discard' })).toEqual(['a']);
  });
});
