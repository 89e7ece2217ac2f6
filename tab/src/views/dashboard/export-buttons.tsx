import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ExportName } from '../../../../bot/src/api/contract';
import { ErrorState } from '../../components/error-state';
import { useI18n } from '../../i18n/i18n-context';
import { useTabSession } from '../../shell/tab-session';
import { saveBlob } from './save-blob';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const FILES: ExportName[] = ['responses.csv', 'responses.xlsx', 'participation.csv', 'participation.xlsx'];

/** CSV and Excel downloads, fetched with the bearer token; the server records each in the audit log. */
export function ExportButtons() {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const { endpoints, enrolment } = useTabSession();
  const [busy, setBusy] = useState<ExportName>();
  const [error, setError] = useState<unknown>();

  const download = async (file: ExportName) => {
    setBusy(file);
    setError(undefined);
    try {
      const { blob, fileName } = await endpoints.exportFile(enrolment.programmeId, file, locale);
      saveBlob(blob, fileName);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      <div className={styles.row}>
        {FILES.map((file) => (
          <Button key={file} icon={<ArrowDownloadRegular />} disabled={busy !== undefined} onClick={() => void download(file)}>
            {t(`dashboard.export.${file}`)}
          </Button>
        ))}
      </div>
      {error !== undefined && <ErrorState error={error} />}
    </>
  );
}
