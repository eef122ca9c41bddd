// The first screen's two faces (regular and bold of the page's font), loaded before it is shown:
// its words then appear in their own face at once, instead of being drawn while the font is still
// loading (invisible, then drawn again). Bounded: a font that does not come never holds it back.

const FACES = ['400', '700'];

export function firstScreenFonts(doc: Document, longestWaitMs: number): Promise<void> {
  const family = doc.defaultView?.getComputedStyle(doc.body).fontFamily;
  if (!family || !('fonts' in doc)) return Promise.resolve();
  const loaded = Promise.allSettled(
    FACES.map((weight) => doc.fonts.load(`${weight} 1em ${family}`)),
  );
  const waited = new Promise((resolve) => setTimeout(resolve, longestWaitMs));
  return Promise.race([loaded, waited]).then(() => undefined);
}
