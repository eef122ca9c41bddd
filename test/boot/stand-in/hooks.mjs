// Module resolution hooks for the boot harness: `electron` resolves to the recording stand-in,
// everything else resolves as Node resolves it.

// @ts-check

const standIn = new URL('./electron.mjs', import.meta.url).href;

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: standIn, shortCircuit: true, format: 'module' };
  return nextResolve(specifier, context);
}
