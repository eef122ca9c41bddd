// The plan as a QR code: the code holds the plain text itself (no URL, no server), drawn as an
// SVG image from a data: URL so the Content-Security-Policy needs no inline styles.

import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

function useQrDataUrl(text: string): string | null {
  const [made, setMade] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    let active = true;
    QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }).then(
      (svg) => {
        if (active)
          setMade({ text, url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
      },
      // Never the text itself: it is the patient's plan.
      () => console.warn('The QR code for the plan could not be made.'),
    );
    return () => {
      active = false;
    };
  }, [text]);
  return made?.text === text ? made.url : null;
}

interface QrCodeProps {
  text: string;
  alt: string;
  caption: string;
}

export function QrCode({ text, alt, caption }: QrCodeProps) {
  const url = useQrDataUrl(text);
  return (
    <figure className="qr" data-fit-box>
      {url ? (
        <img className="qr-image" src={url} alt={alt} data-testid="plan-qr" draggable={false} />
      ) : (
        <div className="qr-image qr-pending" />
      )}
      <figcaption className="qr-caption">{caption}</figcaption>
    </figure>
  );
}
