/// <reference types="vite/client" />
/// <reference types="msw/vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  readonly VITE_DATA_URL?: string;
  readonly VITE_DATA_TIMEOUT_MS?: string;
  readonly VITE_MOCKS?: string;
  readonly VITE_CORRECTIONS_URL?: string;
  readonly VITE_SCENARIO?: string;
  /** The site's absolute address (SITE_URL at build time; see build/site.ts). */
  readonly SITE_URL?: string;
}
