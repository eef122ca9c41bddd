// Where the three served roots live, relative to the app's folder (the project in
// development, the ASAR archive when packaged).

import { join } from 'node:path';

import type { ServedRoots } from './serve-file';

export function servedRoots(appRoot: string): ServedRoots {
  return {
    renderer: join(appRoot, 'out', 'renderer'),
    locales: join(appRoot, 'locales'),
    resources: join(appRoot, 'resources'),
  };
}
