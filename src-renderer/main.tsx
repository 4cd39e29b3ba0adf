import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/connectApi';
import { App } from './App';
import { initI18n } from './i18n/i18n';
import { preparePdf } from './pdf/pdfjs';

const root = createRoot(document.getElementById('root')!);
const i18n = await initI18n();
document.documentElement.lang = i18n.language;
const api = connectApi();
root.render(
  <StrictMode>
    {api ? (
      <App api={api} />
    ) : (
      <p className="message message-error" role="alert">
        {i18n.t('archive.noConnection')}
      </p>
    )}
  </StrictMode>,
);
if (api) preparePdf();
