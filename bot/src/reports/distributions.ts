import type { ChoiceCount } from '../api/contract';
import type { AnswerValue, Question } from '../domain/model';

/** How often each choice was picked (every choice listed, zeros included, in the question's order). */
export function choiceDistribution(question: Pick<Question, 'choices'>, values: Iterable<AnswerValue>): ChoiceCount[] {
  const counts = new Map((question.choices ?? []).map((choice) => [choice.id, 0]));
  for (const value of values) {
    for (const id of Array.isArray(value) ? value : [value]) {
      const key = String(id);
      if (counts.has(key)) counts.set(key, counts.get(key)! + 1);
    }
  }
  return (question.choices ?? []).map((choice) => ({ value: choice.id, label: choice.label, count: counts.get(choice.id) ?? 0 }));
}

/** Ratings 1..5 with their counts and the average of the valid ones. */
export function ratingDistribution(values: Iterable<AnswerValue>): { counts: ChoiceCount[]; average?: number } {
  const counts = [0, 0, 0, 0, 0];
  let sum = 0;
  let n = 0;
  for (const value of values) {
    const rating = typeof value === 'number' ? value : Number(value);
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) continue;
    counts[rating - 1]++;
    sum += rating;
    n++;
  }
  return {
    counts: counts.map((count, i) => ({ value: String(i + 1), count })),
    average: n > 0 ? Math.round((sum / n) * 100) / 100 : undefined,
  };
}
