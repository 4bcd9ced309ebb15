import type { SettingWarning } from '@fortnox-kit/core/contract';
import { useState } from 'react';
import type { FortnoxBackendError } from '../client/fortnox-backend-error.js';
import { toBackendError } from '../client/resource.js';
import { Button, ErrorAlert } from '../components/parts.js';
import { useFortnoxContext } from '../fortnox-provider.js';

/**
 * The warnings beside a setting, with their action: "Synka priser" offers the CSV export of
 * the article register as a backup before it is turned on.
 */
export function SettingWarnings({
  warnings,
  readOnly,
  onExported,
}: {
  warnings: readonly SettingWarning[];
  readOnly: boolean;
  onExported: (notice: string) => void;
}) {
  const { client, browser, messages, locale } = useFortnoxContext();
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<FortnoxBackendError>();

  async function exportCsv() {
    setExporting(true);
    setError(undefined);
    try {
      browser.openFile(await client.api.download('exportArticles'), 'artikelregister.csv');
      onExported(messages.settings.exportDone);
    } catch (caught) {
      setError(toBackendError(caught));
    } finally {
      setExporting(false);
    }
  }

  return warnings.map((warning) => (
    <div
      key={warning.id}
      id={`fnx-warning-${warning.id}`}
      className={warning.severity === 'danger' ? 'fnx-alert fnx-panel' : 'fnx-warning fnx-panel'}
    >
      <p>{warning.text[locale]}</p>
      {warning.action === 'exportArticleRegisterCsv' && !readOnly ? (
        <div className="fnx-row">
          <Button variant="secondary" busy={exporting} onClick={() => void exportCsv()}>
            {messages.settings.exportCsv}
          </Button>
        </div>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
    </div>
  ));
}
