import { Tab, TabList } from '@fluentui/react-components';
import type { ApiRole } from '../../../bot/src/api/contract';
import { useI18n } from '../i18n/i18n-context';
import { viewsFor, type ViewId } from '../router/routes';

/** Only the views my role allows (the server enforces access anyway). */
export function ViewNav({ role, current, onSelect }: { role: ApiRole; current: ViewId; onSelect: (view: ViewId) => void }) {
  const { t } = useI18n();
  const views = viewsFor(role);
  if (views.length < 2) return null;
  return (
    <nav aria-label={t('nav.label')}>
      <TabList selectedValue={current} onTabSelect={(_, data) => onSelect(data.value as ViewId)} size="small" style={{ flexWrap: 'wrap' }}>
        {views.map((view) => (
          <Tab key={view.id} value={view.id}>
            {t(view.label)}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
