import { choiceDistribution, ratingDistribution } from './distributions';
import { summarizeQuestions } from './question-summaries';
import { reportData } from './testing/report-fixture';

describe('distributions', () => {
  const question = { choices: ['a', 'b', 'c'].map((id) => ({ id, label: { sv: id, en: id } })) };

  it('counts every choice, zeros included, single and multiple picks, ignoring unknown ids', () => {
    expect(choiceDistribution(question, ['a', ['a', 'c'], 'zzz']).map((c) => [c.value, c.count])).toEqual([
      ['a', 2],
      ['b', 0],
      ['c', 1],
    ]);
  });

  it('counts ratings 1 to 5 and averages the valid ones', () => {
    const { counts, average } = ratingDistribution([5, 3, 4, 9, '2']);
    expect(counts.map((c) => c.count)).toEqual([0, 1, 1, 1, 1]);
    expect(average).toBe(3.5);
    expect(ratingDistribution([]).average).toBeUndefined();
  });

  it('summarises each question of a prompt by its type', () => {
    const data = reportData();
    const [text, pick] = summarizeQuestions(data.prompts[0].questions, data.answersByPrompt.get('reflect')!);
    expect(text).toMatchObject({ type: 'longText', answered: 6 });
    expect(text.type === 'longText' && text.words.find((w) => w.word === 'innovation')?.count).toBe(2);
    expect(pick).toMatchObject({ type: 'singleChoice', answered: 6 });
  });
});
