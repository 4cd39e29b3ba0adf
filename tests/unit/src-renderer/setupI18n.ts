import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../../../src-renderer/i18n/i18n';

// Testing Library cleans up by itself only with vitest globals on; these tests import explicitly.
afterEach(cleanup);

/** Starts the renderer's i18n layer in Dutch, as our users see it. */
export const setupI18n = () => initI18n(['nl-NL']);
