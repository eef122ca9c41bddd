// How a screen rendered at build time is written into index.html: wrapped with its name and
// language, hidden until the entry script picks it, and with its style attributes moved aside,
// because the page's policy (style-src 'self') refuses style attributes in markup.

export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';
export const FIRST_SCREEN_STYLE_ATTRIBUTE = 'data-first-screen-style';

export function firstScreenBlock(id: string, language: string, markup: string): string {
  const styled = markup
    // React's server renderer adds image preloads of its own; index.html preloads in its head.
    .replace(/<link rel="preload" as="image"[^>]*\/>/g, '')
    // The hidden neighbour slides: nothing to show, and their illustrations would be fetched
    // alongside the fonts and illustration the first screen needs (measured: 5–25 ms later).
    .replace(/<section[^>]*\shidden=""[^>]*>[\s\S]*?<\/section>/g, '')
    .replace(/ style="([^"]*)"/g, ` ${FIRST_SCREEN_STYLE_ATTRIBUTE}="$1"`);
  return `<div ${FIRST_SCREEN_ATTRIBUTE}="${id}" lang="${language}" hidden>${styled}</div>`;
}
