import type { QuestionSummary } from '../api/contract';
import type { AnswerSet, AnswerValue, Question } from '../domain/model';
import { choiceDistribution, ratingDistribution } from './distributions';
import { wordFrequencies } from './word-frequencies';

/** One summary per question: word counts for text, counts per choice, counts and average for ratings. */
export function summarizeQuestions(questions: readonly Question[], answers: readonly AnswerSet[]): QuestionSummary[] {
  return questions.map((question) => {
    const values: AnswerValue[] = [];
    for (const answer of answers) {
      const value = answer.answers[question.id];
      if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) values.push(value);
    }
    const answered = values.length;
    switch (question.type) {
      case 'longText':
      case 'shortText':
        return { questionId: question.id, type: question.type, answered, words: wordFrequencies(values.map(String)) };
      case 'singleChoice':
      case 'multiChoice':
        return { questionId: question.id, type: question.type, answered, counts: choiceDistribution(question, values) };
      case 'rating':
        return { questionId: question.id, type: 'rating', answered, ...ratingDistribution(values) };
    }
  });
}
