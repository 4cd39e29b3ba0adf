import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const pdfjsDir = fileURLToPath(new URL('./node_modules/pdfjs-dist/', import.meta.url));
const outDir = fileURLToPath(new URL('./out/renderer/', import.meta.url));

/** pdf.js needs its CMaps (CJK letters) and standard fonts (non-embedded Arial) as files. */
function copyPdfjsAssets(): Plugin {
  return {
    name: 'leeszaal-copy-pdfjs-assets',
    apply: 'build',
    closeBundle() {
      for (const folder of ['cmaps', 'standard_fonts']) {
        cpSync(`${pdfjsDir}${folder}`, `${outDir}pdfjs/${folder}`, { recursive: true });
      }
    },
  };
}

export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react(), copyPdfjsAssets()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // Everything ships as files: a CSP of script-src 'self' allows no inline code.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});
