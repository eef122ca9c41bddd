// A Vite plugin that writes the ready-made first screens into index.html at build time, rendered
// from the real components by src/renderer/src/first-screen/render-first-screens.tsx in a
// server-side Vite of the same root and aliases.

import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';

const ROOT_ELEMENT = '<div id="root"></div>';
const RENDER_MODULE = '/src/first-screen/render-first-screens.tsx';

async function renderWithViteServer(config: ResolvedConfig): Promise<string> {
  const server = await createServer({
    configFile: false,
    root: config.root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    resolve: { alias: config.resolve.alias },
    plugins: [react()],
  });
  try {
    const module = (await server.ssrLoadModule(RENDER_MODULE)) as {
      renderFirstScreens(): string;
    };
    return module.renderFirstScreens();
  } finally {
    await server.close();
  }
}

export function insertFirstScreens(html: string, screens: string): string {
  if (!html.includes(ROOT_ELEMENT))
    throw new Error(`first screens: index.html has no ${ROOT_ELEMENT}`);
  return html.replace(ROOT_ELEMENT, `<div id="root">${screens}</div>`);
}

export function firstScreens(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'physio-kiosk:first-screens',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!context.filename.endsWith('index.html')) return html;
        return insertFirstScreens(html, await renderWithViteServer(config));
      },
    },
  };
}
