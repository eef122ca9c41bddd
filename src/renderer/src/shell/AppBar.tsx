// The bar above every screen: home and overview on the left, read aloud in the middle, text
// size and language on the right; a hidden long press on it opens the staff panel.

import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { useLongPress } from '../kiosk/useLongPress';
import { ReadAloudControls } from '../speech/ReadAloudControls';
import { LanguageSwitch } from './LanguageSwitch';
import { TextSizeControl } from './TextSizeControl';

interface AppBarProps {
  screen: 'start' | 'slide' | 'chooser';
  textLevel: number;
  onTextLevel(level: number): void;
  onHome(): void;
  onOverview(): void;
  onStaff(): void;
}

export function AppBar({
  screen,
  textLevel,
  onTextLevel,
  onHome,
  onOverview,
  onStaff,
}: AppBarProps) {
  const { t } = useTranslation();
  const bar = useRef<HTMLElement>(null);
  // The staff panel opens after a hidden 3-second press on an empty part of the top bar.
  useLongPress(bar, onStaff);
  return (
    <header className="app-bar" ref={bar} data-testid="app-bar">
      <div className="app-bar-start">
        {screen !== 'start' && (
          <button type="button" className="secondary-button" onClick={onHome}>
            {t('app.home')}
          </button>
        )}
        {screen === 'slide' && (
          <button type="button" className="secondary-button" onClick={onOverview}>
            {t('deck.overview')}
          </button>
        )}
      </div>
      <ReadAloudControls />
      <div className="app-bar-end">
        <TextSizeControl level={textLevel} onLevel={onTextLevel} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
