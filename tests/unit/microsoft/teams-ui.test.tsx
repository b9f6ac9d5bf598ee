// Teams on the card in the UI: Settings → Accounts shows the option under a Microsoft account (disabled for a
// personal account, with the reason in the reader's language), and the card says in words what its Teams reading
// found or why it failed; Graph's message is shown as text, never as markup.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TeamsOption } from '../../../components/app/settings/TeamsOption';
import { TeamsStatus } from '../../../components/card/TeamsStatus';
import { translator } from '../../../core/i18n';

const base = { accountId: 'microsoft:olena@contoso.example', address: 'olena@contoso.example', added: 0 };

describe('Teams on the card, in the UI', () => {
  it('offers the option to work accounts and explains why a personal account has none', () => {
    const work = renderToStaticMarkup(
      <TeamsOption
        {...base}
        on={false}
        personal={false}
        busy={false}
        t={translator('en')}
        onChange={() => undefined}
      />,
    );
    expect(work).toContain('Teams chats on the card');
    expect(work).toContain('Chat.ReadBasic and Chat.Read');
    expect(work).not.toContain('disabled');
    const personal = renderToStaticMarkup(
      <TeamsOption
        {...base}
        address="taras@outlook.com"
        on
        personal
        busy={false}
        t={translator('uk')}
        onChange={() => undefined}
      />,
    );
    expect(personal).toContain('disabled=""');
    expect(personal).not.toContain('checked=""');
    expect(personal).toContain('Недоступно для taras@outlook.com');
  });

  it('says what the reading found, and why it failed, as text', () => {
    const t = translator('en');
    const html = renderToStaticMarkup(
      <TeamsStatus
        locale="en"
        t={t}
        reading={{
          state: 'done',
          statuses: [
            { ...base, state: 'read', added: 2, moreAt: null },
            {
              ...base,
              accountId: 'microsoft:b@contoso.example',
              address: 'b@contoso.example',
              state: 'failed',
              moreAt: null,
              problem: { code: 'consent', status: 403, message: '<img src=x onerror=alert(1)>' },
            },
          ],
        }}
      />,
    );
    expect(html).toContain('Teams (olena@contoso.example): checked, 2 new messages.');
    expect(html).toContain('Microsoft refused access (403: &lt;img src=x onerror=alert(1)&gt;)');
    expect(html).toContain('role="alert"');
    expect(html).not.toContain('<img');
    expect(
      renderToStaticMarkup(<TeamsStatus locale="ru" t={translator('ru')} reading={{ state: 'checking' }} />),
    ).toContain('Проверяем чаты Teams');
    expect(
      renderToStaticMarkup(<TeamsStatus locale="en" t={t} reading={{ state: 'checking' }} quiet />),
    ).toBe('');
  });

  it("says the account is busy (its 4 requests taken) in the reader's language, not a wait of Microsoft's", () => {
    const busy = {
      ...base,
      state: 'failed' as const,
      moreAt: null,
      problem: { code: 'busy' as const, status: 429 },
    };
    const uk = renderToStaticMarkup(
      <TeamsStatus locale="uk" t={translator('uk')} reading={{ state: 'done', statuses: [busy] }} />,
    );
    expect(uk).toContain('Teams для olena@contoso.example не прочитано');
    expect(uk).toContain('Відкрийте картку ще раз за мить.');
    const en = renderToStaticMarkup(
      <TeamsStatus locale="en" t={translator('en')} reading={{ state: 'done', statuses: [busy] }} />,
    );
    expect(en).toContain('Open the card again in a moment.');
    expect(en).not.toContain('asked Kartka to wait');
  });
});
