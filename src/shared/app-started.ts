// The renderer's signal that it has started, which the main process checks after each load.

/** Set on <html> once React has mounted: a page without it has not started. */
export const APP_STARTED_ATTRIBUTE = 'data-app-started';
