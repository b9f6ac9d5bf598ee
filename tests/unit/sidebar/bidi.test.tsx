// @vitest-environment happy-dom
// A U+202E in a name never reverses the address beside it; a look-alike address gets a visible warning.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { LookalikeWarning } from '../../../components/sidebar/LookalikeWarning';
import { NewCorrespondent } from '../../../components/sidebar/NewCorrespondent';
import { isolateBidi } from '../../../core/bidi';
import { translator } from '../../../core/i18n';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
const t = translator('en');
const RLO_NAME = 'Invoice \u202Efdp.exe';

async function render(node: React.ReactNode): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => createRoot(host).render(node));
  return host;
}

describe('bidi isolation', () => {
  it('isolates a filled-in name that can reorder text, and leaves plain ones as they are', () => {
    expect(isolateBidi(RLO_NAME)).toBe(`\u2068${RLO_NAME}\u2069`);
    expect(isolateBidi('שלום')).toBe('\u2068שלום\u2069');
    expect(isolateBidi('Олена Коваль')).toBe('Олена Коваль');
    expect(t('sidebar.failed', { error: RLO_NAME })).toContain(`\u2068${RLO_NAME}\u2069`);
  });

  it('shows a new correspondent’s name and address in separate isolates', async () => {
    const host = await render(
      <NewCorrespondent name={RLO_NAME} address="evil@evil.example" t={t} onAdd={async () => undefined} />,
    );
    const isolates = [...host.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolates).toEqual([RLO_NAME, 'evil@evil.example']);
  });
});

describe('the look-alike warning', () => {
  it('names the client whose address is imitated', async () => {
    const host = await render(
      <LookalikeWarning
        address="olena@zоria.ua"
        lookalike={{ name: 'Олена Коваль', address: 'olena@zoria.ua' }}
        t={t}
      />,
    );
    expect(host.querySelector('[role=alert]')?.textContent).toContain(
      'olena@zоria.ua looks like Олена Коваль’s address (olena@zoria.ua), but it is not.',
    );
    expect(host.textContent).toContain('Latin + Cyrillic');
  });

  it('says nothing for a plain address nobody is imitated by', async () => {
    const host = await render(<LookalikeWarning address="olena@zoria.ua" lookalike={null} t={t} />);
    expect(host.innerHTML).toBe('');
  });
});
