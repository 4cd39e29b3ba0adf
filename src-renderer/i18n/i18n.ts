import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';

/** Dutch when the system language is Dutch (or unknown), English otherwise. */
export function pickLanguage(languages: readonly string[]): 'nl' | 'en' {
  const first = languages[0]?.toLowerCase();
  return !first || first.startsWith('nl') ? 'nl' : 'en';
}

/** Starts the one i18n layer of the renderer. */
export async function initI18n(languages: readonly string[] = navigator.languages): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: pickLanguage(languages),
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return i18next;
}
