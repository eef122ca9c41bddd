// The frame all dialogs share: the heading that names it, an optional close button, the content.

import { useId, type ReactNode } from 'react';

interface OverlayProps {
  title: string;
  /** Classes of the outer element, e.g. 'overlay overview'. */
  className: string;
  /** Shows the close button in the header; without it the heading stands alone. */
  onClose?: () => void;
  closeLabel?: string;
  /** A modal dialog by default; `false` gives a side panel (`<aside>`) that leaves the page usable. */
  modal?: boolean;
  role?: 'dialog' | 'alertdialog';
  /** The id of the element that describes the dialog (an alertdialog's message). */
  describedBy?: string;
  testId?: string;
  children: ReactNode;
}

export function Overlay({
  title,
  className,
  onClose,
  closeLabel,
  modal = true,
  role = 'dialog',
  describedBy,
  testId,
  children,
}: OverlayProps) {
  const titleId = useId();
  const heading = <h2 id={titleId}>{title}</h2>;
  const content = (
    <>
      {onClose ? (
        <div className="overlay-header">
          {heading}
          <button type="button" className="secondary-button" onClick={onClose}>
            {closeLabel}
          </button>
        </div>
      ) : (
        heading
      )}
      {children}
    </>
  );
  const labels = {
    className,
    'aria-labelledby': titleId,
    'aria-describedby': describedBy,
    'data-testid': testId,
  };
  if (!modal) return <aside {...labels}>{content}</aside>;
  return (
    <div {...labels} role={role} aria-modal="true">
      {content}
    </div>
  );
}
