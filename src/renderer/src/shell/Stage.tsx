// Scales the fixed-size design to fit any window, picking the landscape or portrait layout.

import {
  createContext,
  useContext,
  useEffect,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';

import { fitStage, stageStyle, type StageFit } from './stage-size';

const StageContext = createContext<StageFit>(fitStage(1920, 1080));

export function useStage(): StageFit {
  return useContext(StageContext);
}

function currentFit(): StageFit {
  return fitStage(window.innerWidth, window.innerHeight);
}

export function Stage({ children, textScale }: { children: ReactNode; textScale: number }) {
  const [fit, setFit] = useState(currentFit);
  useEffect(() => {
    const update = () => setFit(currentFit());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return (
    <StageContext.Provider value={fit}>
      <div
        className={`stage stage-${fit.orientation}`}
        data-orientation={fit.orientation}
        style={stageStyle(fit, textScale) as CSSProperties}
      >
        {children}
      </div>
    </StageContext.Provider>
  );
}
