// The fixed design sizes the UI is laid out in, and how one is scaled to fit the window.

export type Orientation = 'landscape' | 'portrait';

export const DESIGN_SIZE: Readonly<Record<Orientation, { width: number; height: number }>> = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
};

export interface StageFit {
  orientation: Orientation;
  scale: number;
  left: number;
  top: number;
}

export function fitStage(windowWidth: number, windowHeight: number): StageFit {
  const orientation: Orientation = windowHeight > windowWidth ? 'portrait' : 'landscape';
  const { width, height } = DESIGN_SIZE[orientation];
  const scale = Math.min(windowWidth / width, windowHeight / height) || 1;
  return {
    orientation,
    scale,
    left: Math.round((windowWidth - width * scale) / 2),
    top: Math.round((windowHeight - height * scale) / 2),
  };
}

/** The stage's inline style for a fit, as CSS property names and values. */
export function stageStyle(fit: StageFit, textScale: number): Record<string, string> {
  const { width, height } = DESIGN_SIZE[fit.orientation];
  return {
    width: `${width}px`,
    height: `${height}px`,
    transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})`,
    '--text-scale': String(textScale),
  };
}
