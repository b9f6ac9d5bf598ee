// What the Microsoft e2e files share: the built extension in Chromium beside the fake login.microsoftonline.com
// and graph.microsoft.com (and any other fake sites) on one HTTPS server, the app registration made for this
// browser's redirect URI, and the base page's Settings open.
import type { Page } from 'playwright-core';
import type { MicrosoftFake } from '../fakes/microsoft';
import { startFakeServer, type FakeRoute, type FakeServer } from '../fakes/server';
import { launchKartka, type Kartka } from './harness';

export interface MicrosoftBrowser {
  server: FakeServer;
  kartka: Kartka;
  /** app.html#/settings */
  page: Page;
}

export async function launchWithMicrosoft(
  fake: MicrosoftFake,
  clientId: string,
  routes: readonly FakeRoute[] = fake.routes,
): Promise<MicrosoftBrowser> {
  const server = await startFakeServer([...routes]);
  // The auth window and the service worker are not pages: they need the flag besides ignoreHTTPSErrors.
  const kartka = await launchKartka({ server, extraArgs: ['--ignore-certificate-errors'] });
  fake.login.register({
    clientId,
    redirects: [{ uri: `https://${kartka.extensionId}.chromiumapp.org/`, type: 'spa' }],
  });
  return { server, kartka, page: await kartka.extensionPage('app.html#/settings') };
}
