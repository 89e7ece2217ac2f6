import type { AdminPromptState } from '../api/admin-contract';
import type { Prompt } from '../domain/model';
import type { AnswerRepository, DeliveryRepository } from '../storage/repositories';

/** How many answers and delivery records each prompt has (two partition scans per prompt). */
export async function promptStates(
  repos: { answers: Pick<AnswerRepository, 'listByPrompt'>; deliveries: Pick<DeliveryRepository, 'listBySubject'> },
  programmeId: string,
  prompts: readonly Prompt[],
): Promise<Map<string, AdminPromptState>> {
  const states = await Promise.all(
    prompts.map(async (prompt): Promise<AdminPromptState> => {
      const [answers, deliveries] = await Promise.all([
        repos.answers.listByPrompt(programmeId, prompt.id),
        repos.deliveries.listBySubject(programmeId, { type: 'prompt', promptId: prompt.id }),
      ]);
      return { promptId: prompt.id, answers: answers.length, deliveries: deliveries.length, sent: answers.length + deliveries.length > 0 };
    }),
  );
  return new Map(states.map((s) => [s.promptId, s]));
}
