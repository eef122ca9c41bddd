// The unlocked staff panel's actions: quit, reload, kiosk/window, presenter mode and swapping the
// screens, then the default language. Whether each worked is for main to say (StaffPanel).

import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { KioskSettings, StaffAction } from '@shared/ipc';

import { LanguageButtons } from '../shell/LanguageButtons';

interface StaffButton {
  action: StaffAction;
  label: ParseKeys<'kiosk'>;
  /** Only presenter mode is switched on and off. */
  pressed?: boolean;
  disabled?: boolean;
  hidden?: boolean;
}

function staffButtons(settings: KioskSettings, bridge: boolean): StaffButton[] {
  const presenterMode = settings.presenterMode;
  return [
    // A browser tab can neither quit the app nor change its window.
    { action: 'exit', label: 'staff.exit', disabled: !bridge },
    { action: 'reload', label: 'staff.reload' },
    { action: 'toggle-mode', label: 'staff.toggle-mode', disabled: !bridge },
    presenterMode
      ? { action: 'presenter-off', label: 'staff.presenter-off', pressed: true }
      : { action: 'presenter-on', label: 'staff.presenter-on', pressed: false },
    // Two screens to swap only in the app, in presenter mode.
    { action: 'swap-screens', label: 'staff.swap-screens', hidden: !(bridge && presenterMode) },
  ];
}

interface StaffActionsProps {
  settings: KioskSettings;
  onAction(action: StaffAction): void;
  onDefaultLanguage(language: string): void;
}

export function StaffActions({ settings, onAction, onDefaultLanguage }: StaffActionsProps) {
  const { t } = useTranslation('kiosk');
  const bridge = window.kiosk !== undefined;
  const buttons = staffButtons(settings, bridge).filter((button) => !button.hidden);
  return (
    <div className="staff-actions">
      <h3>{t('staff.actions')}</h3>
      <div className="staff-buttons">
        {buttons.map(({ action, label, pressed, disabled }, position) => (
          // Keyed by position: the presenter mode button stays the same button (and keeps the
          // focus) when its action and label flip.
          <button
            key={position}
            type="button"
            className="secondary-button"
            aria-pressed={pressed}
            disabled={disabled}
            onClick={() => onAction(action)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <p>
        {settings.presenterMode ? t('staff.presenter-state-on') : t('staff.presenter-state-off')}
      </p>
      {!bridge && <p>{t('staff.app-only')}</p>}
      <h3>{t('staff.default-language')}</h3>
      <div className="staff-buttons">
        <LanguageButtons
          languages={settings.languages}
          current={settings.defaultLanguage}
          onChoose={onDefaultLanguage}
          buttonClassName="secondary-button"
        />
      </div>
    </div>
  );
}
