import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Repositories } from '../../../bot/src/storage/repositories';
import { importProgramme } from '../../../bot/src/programme-file/import-programme';

export const LIVE_PROGRAMME_ID = 'live-training';

/** The live prompts session 1 of the fixture prepares (schema: bot/src/domain/schemas/live.ts). */
export const LIVE_PROMPTS = [
  {
    id: 'energy',
    type: 'singleChoice',
    question: { sv: 'Hur är energin i rummet?', en: 'How is the energy in the room?' },
    choices: [
      { id: 'high', label: { sv: 'Hög', en: 'High' } },
      { id: 'medium', label: { sv: 'Mellan', en: 'Medium' } },
      { id: 'low', label: { sv: 'Låg', en: 'Low' } },
    ],
  },
  { id: 'one-word', type: 'word', question: { sv: 'Innovation med ett ord?', en: 'Innovation in one word?' } },
] as const;

/**
 * A programme of its own for the live-session tests: the demo programme's
 * file under another id and join code, with session 1's live prompts
 * replaced by LIVE_PROMPTS (so other edits to the demo file's prompts do
 * not change what the tests click). Same roster: Megan Bowen facilitates,
 * Adele Vance coordinates, Alex Wilber and Patti Fernandez take part.
 */
export async function importLiveProgramme(repos: Repositories, now: Date): Promise<void> {
  const file = join(__dirname, '..', '..', '..', 'programmes', 'innovation-training.yaml');
  const data = parse(readFileSync(file, 'utf8')) as {
    programme: { id: string; joinCode?: string; name: { sv: string; en: string } };
    sessions: { number: number; livePrompts?: unknown[] }[];
  };
  data.programme.id = LIVE_PROGRAMME_ID;
  data.programme.joinCode = 'LIVE2026';
  data.programme.name = { sv: 'Innovationsutbildning (möten)', en: 'Innovation training (meetings)' };
  for (const session of data.sessions) delete session.livePrompts;
  data.sessions[0].livePrompts = LIVE_PROMPTS.map((p) => ({ ...p }));
  await importProgramme(repos, stringify(data), { now, fileName: 'live-training.yaml' });
}
