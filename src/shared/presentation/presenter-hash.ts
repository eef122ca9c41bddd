// The presenter window's address within the app (index.html#/presenter), as main opens it.

export const PRESENTER_HASH = '#/presenter';
