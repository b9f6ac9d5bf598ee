// @vitest-environment happy-dom
// The mail import report says why messages were not logged in the reader's language, with its numbers.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { MailReport } from '../../../components/import/MailReport';
import { translator } from '../../../core/i18n';
import { OTHER_REASONS } from '../../../core/import-reason';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
afterEach(() => {
  document.body.innerHTML = '';
});

function render(locale: 'en' | 'uk' | 'ru'): string[] {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() =>
    root.render(
      <MailReport
        logged={2}
        duplicates={0}
        skipped={1236}
        peopleCreated={0}
        aborted={false}
        skippedReasons={{
          'bulk mail (Precedence: bulk)': 1200,
          'stranger@somewhere.ua is not in your base; new people are added from mail you send': 1,
          'an old reason stored without a code': 5,
          [OTHER_REASONS]: 30,
        }}
        skippedBecause={{
          'bulk mail (Precedence: bulk)': { code: 'bulk-precedence', params: { value: 'bulk' } },
          'stranger@somewhere.ua is not in your base; new people are added from mail you send': {
            code: 'create-on-sent',
            params: { address: 'stranger@somewhere.ua' },
          },
        }}
        problems={[]}
        problemCount={0}
        t={translator(locale)}
      />,
    ),
  );
  const lines = [...host.querySelectorAll('li')].map((li) => li.textContent ?? '');
  act(() => root.unmount());
  return lines;
}

test('in Ukrainian, most frequent first, numbers grouped the Ukrainian way', () => {
  expect(render('uk')).toEqual([
    'масова розсилка (Precedence: bulk): 1\u00a0200',
    'інші причини: 30',
    'an old reason stored without a code: 5',
    'stranger@somewhere.ua немає в базі; нових людей додають із листів, які надсилаєте ви: 1',
  ]);
});

test('in Russian and English', () => {
  expect(render('ru')[0]).toBe('массовая рассылка (Precedence: bulk): 1\u00a0200');
  expect(render('ru')[1]).toBe('другие причины: 30');
  expect(render('en')[0]).toBe('bulk mail (Precedence: bulk): 1,200');
});
