// @vitest-environment happy-dom
// Whatever still breaks a page of the app shows the error screen, whose "Reset settings" repairs it.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../core/settings';
import { AppErrorBoundary } from '../../../entrypoints/app/AppErrorBoundary';
import { db } from '../../../storage/db';
import { loadSettings, SETTINGS_KEY } from '../../../storage/settings';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

let broken = true;
function Page() {
  if (broken) throw new Error('stages.map is not a function');
  return <p>The client list</p>;
}

describe('the app error screen', () => {
  it('shows what failed and resets the settings, after which the page renders again', async () => {
    await db.meta.put({
      key: SETTINGS_KEY,
      value: { ...defaultSettings(), language: 'uk', blocklist: ['x.example'] },
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<AppErrorBoundary children={<Page />} />));
    expect(host.querySelector('[role=alert] h1')?.textContent).toBe('Kartka could not show this page');
    expect(host.querySelector('pre')?.textContent).toContain('stages.map is not a function');

    broken = false;
    const reset = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Reset settings');
    await act(async () => reset?.click());
    await vi.waitFor(() => expect(host.textContent).toContain('The client list'));
    expect(await loadSettings()).toEqual(defaultSettings());
    act(() => root.unmount());
    errors.mockRestore();
  });
});
