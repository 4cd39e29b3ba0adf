declare const __LEESZAAL_VERSION__: string | undefined;

/** The app's version, written into the bundles at build time. */
export const appVersion = typeof __LEESZAAL_VERSION__ === 'string' ? __LEESZAAL_VERSION__ : '0.0.0-dev';
