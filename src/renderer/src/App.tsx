// The app shell: the current screen, with the language switch always in reach.

import { BridgeNotice } from './shell/BridgeNotice';
import { LanguageSwitch } from './shell/LanguageSwitch';
import { StartScreen } from './start/StartScreen';

export function App() {
  return (
    <div className="app">
      <header className="app-bar">
        <LanguageSwitch />
      </header>
      <StartScreen onStart={() => undefined} />
      <BridgeNotice />
    </div>
  );
}
