import { Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { AdminIssueLike, AdminLivePrompt, AdminSession } from '../../api/admin-types';
import { useI18n } from '../../i18n/i18n-context';
import { newLivePrompt } from './draft';
import { issuesUnder, messageAt } from './field-issues';
import { ItemTools, moved, removed, replaced, useFormStyles } from './fields';
import { LivePromptEditor } from './live-prompt-editor';

/** As the server's schema: at most this many live prompts per session. */
export const MAX_LIVE_PROMPTS = 20;

/** The session's live prompts ("Frågor under träffen"): add, edit, reorder, remove. `issues` are relative to the session. */
export function LivePromptsSection({
  programmeId,
  session,
  issues,
  onChange,
}: {
  programmeId: string;
  session: AdminSession;
  issues: readonly AdminIssueLike[];
  onChange: (livePrompts: AdminLivePrompt[] | undefined) => void;
}) {
  const { t, l } = useI18n();
  const form = useFormStyles();
  const prompts = session.livePrompts ?? [];
  // An empty list is stored as none, so a session without live prompts round-trips unchanged.
  const set = (next: AdminLivePrompt[]) => onChange(next.length ? next : undefined);
  const listMessage = messageAt(issues, 'livePrompts', l);

  return (
    <fieldset className={form.fieldset} data-testid={`live-prompts-${session.number}`}>
      <legend className={form.legend}>{t('admin.live')}</legend>
      <span className={form.muted}>{t('admin.live.intro')}</span>
      {listMessage && <span role="alert">{listMessage}</span>}
      {prompts.length === 0 && <span className={form.muted}>{t('admin.live.none')}</span>}
      {prompts.map((prompt, i) => {
        const name = l(prompt.question) || t('admin.live.nameless', { n: i + 1 });
        return (
          <div key={i} className={form.card}>
            <LivePromptEditor
              programmeId={programmeId}
              session={{ number: session.number, title: session.title }}
              prompt={prompt}
              index={i}
              issues={issuesUnder(issues, `livePrompts[${i}].`)}
              onChange={(p) => set(replaced(prompts, i, p))}
            />
            <ItemTools
              name={name}
              index={i}
              count={prompts.length}
              onMove={(from, to) => set(moved(prompts, from, to))}
              onRemove={() => set(removed(prompts, i))}
            />
          </div>
        );
      })}
      <div>
        <Button
          icon={<AddRegular />}
          disabled={prompts.length >= MAX_LIVE_PROMPTS}
          onClick={() => set([...prompts, newLivePrompt(prompts)])}
        >
          {t('admin.live.add')}
        </Button>
        {prompts.length >= MAX_LIVE_PROMPTS && <span className={form.muted}> {t('admin.live.limit', { max: MAX_LIVE_PROMPTS })}</span>}
      </div>
    </fieldset>
  );
}
