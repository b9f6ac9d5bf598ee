// The OAuth client id the extension was built with (`KARTKA_GOOGLE_CLIENT_ID` at build time, wxt.config.ts);
// a firm's own id in Settings → Accounts takes precedence. Empty when the build had none.
declare const __KARTKA_GOOGLE_CLIENT_ID__: string | undefined;

export const BUILD_GOOGLE_CLIENT_ID: string =
  typeof __KARTKA_GOOGLE_CLIENT_ID__ === 'string' ? __KARTKA_GOOGLE_CLIENT_ID__ : '';
