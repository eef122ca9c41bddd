// A−/A+ buttons that make the text larger or smaller (the text reflows; it is not a zoom).

import { useTranslation } from 'react-i18next';

export const TEXT_SCALES = [1, 1.15, 1.3] as const;

interface TextSizeControlProps {
  level: number;
  onLevel(level: number): void;
}

export function TextSizeControl({ level, onLevel }: TextSizeControlProps) {
  const { t } = useTranslation();
  return (
    <div className="text-size" role="group" aria-label={t('text-size.label')}>
      <button
        type="button"
        className="round-button"
        aria-label={t('text-size.smaller')}
        disabled={level <= 0}
        onClick={() => onLevel(level - 1)}
      >
        <span aria-hidden="true" className="text-size-small">
          A−
        </span>
      </button>
      <button
        type="button"
        className="round-button"
        aria-label={t('text-size.larger')}
        disabled={level >= TEXT_SCALES.length - 1}
        onClick={() => onLevel(level + 1)}
      >
        <span aria-hidden="true" className="text-size-large">
          A+
        </span>
      </button>
    </div>
  );
}
