// Tells the viewer plainly when the UI runs outside the Electron app (no kiosk bridge).

import { useTranslation } from 'react-i18next';

export function BridgeNotice() {
  const { t } = useTranslation();
  if (window.kiosk) return null;
  return (
    <footer className="bridge-notice" data-testid="bridge-notice">
      {t('app.browser-preview')}
    </footer>
  );
}
