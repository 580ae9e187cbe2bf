// Help > About Briefdeck: version, where it runs, the library folder, licence and the origins
// of the bundled maps and data (the same text as the desktop app's native About panel).
import { useEffect, useState } from 'react';
import { ABOUT } from '../../shared/about';
import type { AppInfo } from '../../shared/api/contract';
import { call } from '../host/api';
import { Dialog } from '../ui/Dialog';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void call('app.info', {}).then((r) => r.ok && setInfo(r.data));
  }, []);
  return (
    <Dialog title={`About ${ABOUT.name}`} onClose={onClose}>
      <p data-testid="about-version">
        {ABOUT.name} {info ? info.version : '…'}
        {info && <span className="muted"> · {info.host === 'electron' ? 'desktop app' : 'in your browser (npm run serve)'}</span>}
      </p>
      {info && (
        <p className="small">
          Library folder: <code>{info.libraryDir}</code>
        </p>
      )}
      <p className="small">{ABOUT.copyright}</p>
      <p className="small muted">{ABOUT.credits}</p>
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
