import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

/** One i18next instance for the app; English first, Korean is the next resource. */
void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
});

export { i18next };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
