// @vitest-environment happy-dom
// The card renders untrusted text as text, every fact it is given, and an error as a notice.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { ClientCard } from '../../../components/card/ClientCard';
import { formatDay } from '../../../components/card/format';
import { Timeline } from '../../../components/card/Timeline';
import { ErrorBoundary } from '../../../components/sidebar/ErrorBoundary';
import { FormFooter } from '../../../components/sidebar/FormFooter';
import { NewCorrespondent } from '../../../components/sidebar/NewCorrespondent';
import { ActionError } from '../../../core/action-error';
import { QuickActions, type CardActions } from '../../../components/sidebar/QuickActions';
import { TaskForm } from '../../../components/sidebar/TaskForm';
import { WhyLine } from '../../../components/sidebar/WhyLine';
import type { CardView } from '../../../core/card';
import { personId, taskId } from '../../../core/ids';
import { translator } from '../../../core/i18n';
import { themeFromHash } from '../../../entrypoints/sidebar/theme';
import { render } from '../render';

const t = translator('uk');
const NOW = new Date(2026, 2, 10, 12).getTime();
const HOSTILE = '<img src=x onerror="alert(1)"><b>Evil</b>';

const card = (patch: Partial<CardView> = {}): CardView => ({
  personId: personId('p1'),
  displayName: 'Олена Коваль',
  initials: 'ОК',
  company: 'ТОВ Зоря Агро',
  position: 'Закупівлі',
  stage: {
    id: 'regular',
    label: 'Regular (3+ orders)',
    color: '#66bb6a',
    reason: '3 orders won',
    setBy: 'rule',
  },
  emails: ['olena@zoria-agro.com.ua'],
  phones: ['+380671234567'],
  phoneExt: {},
  handles: [{ kind: 'telegram-username', value: 'olena_koval' }],
  birthday: { month: 3, day: 14 },
  manager: 'Оксана Демченко',
  tags: ['опт', 'агро'],
  consent: { given: true },
  lastContactAt: NOW - 3 * 86_400_000,
  historyCount: 0,
  messageCount: 0,
  timeline: [],
  openTasks: [{ id: taskId('t1'), title: 'Передзвонити', due: NOW + 86_400_000 }],
  deals: [],
  stages: [{ id: 'regular', label: 'Regular', color: '#66bb6a' }],
  currency: 'UAH',
  ...patch,
});

const noop = async () => undefined;

describe('ClientCard', () => {
  it('says when the person’s contact was deleted in a connected account, as the full card does', () => {
    const el = render(
      <ClientCard
        card={card({ deletedAtSource: { 'google:ivan@kartka-test.com.ua': Date.UTC(2026, 2, 2, 12) } })}
        now={NOW}
        locale="uk"
        t={t}
        copy={noop}
        onOpenCard={() => undefined}
      />,
    );
    const note = el.querySelector('[role="note"][data-testid="source-deleted"]');
    expect(note?.textContent).toContain('ivan@kartka-test.com.ua');
    const at = Date.UTC(2026, 2, 2, 12);
    expect(note?.textContent).toBe(
      t('contactsSync.deleted.google', {
        date: formatDay(at, 'uk', NOW),
        account: 'ivan@kartka-test.com.ua',
      }),
    );
    // Nobody else is marked.
    const plain = render(
      <ClientCard card={card()} now={NOW} locale="uk" t={t} copy={noop} onOpenCard={() => undefined} />,
    );
    expect(plain.querySelector('[data-testid="source-deleted"]')).toBeNull();
  });

  it('shows every fact in the UI language', () => {
    const el = render(
      <ClientCard card={card()} now={NOW} locale="uk" t={t} copy={noop} onOpenCard={() => undefined} />,
    );
    const text = el.textContent ?? '';
    expect(el.querySelector('h1')?.textContent).toBe('Олена Коваль');
    for (const part of [
      'Закупівлі · ТОВ Зоря Агро',
      'Regular (3+ orders)',
      '3 orders won',
      'olena@zoria-agro.com.ua',
      '+380 67 123 4567',
      '14 березня · через 4 дні',
      'Оксана Демченко',
      'опт',
      'надано',
      '3 дні тому',
    ]) {
      expect(text).toContain(part);
    }
    expect(el.querySelectorAll('button[aria-label^="Скопіювати"]')).toHaveLength(2);
  });

  it('shows a phone extension beside its number and dials it', () => {
    const el = render(
      <ClientCard
        card={card({ phones: ['+380445901200'], phoneExt: { '+380445901200': '214' } })}
        now={NOW}
        locale="uk"
        t={t}
        copy={noop}
        onOpenCard={() => undefined}
      />,
    );
    const phone = el.querySelector('[data-testid="fact-phone"] a');
    expect(phone?.textContent).toBe('+380 44 590 1200 дод. 214');
    expect(phone?.getAttribute('href')).toBe('tel:+380445901200;ext=214');
  });

  it('renders markup from a page or an email as text', () => {
    const el = render(
      <>
        <ClientCard
          card={card({ displayName: HOSTILE, company: HOSTILE, tags: [HOSTILE] })}
          now={NOW}
          locale="en"
          t={t}
          copy={noop}
          onOpenCard={() => undefined}
        />
        <Timeline
          card={card({
            timeline: [
              {
                key: 'i1',
                kind: 'email',
                at: NOW,
                title: HOSTILE,
                detail: HOSTILE,
                direction: 'incoming',
                dealStatus: null,
                amount: null,
              },
            ],
            historyCount: 1,
          })}
          now={NOW}
          locale="en"
          t={t}
        />
        <WhyLine
          pending={false}
          added={0}
          decisions={[{ providerMessageId: 'm1', logged: false, reason: HOSTILE }]}
          t={t}
        />
      </>,
    );
    expect(el.querySelectorAll('img, b')).toHaveLength(0);
    expect(el.textContent).toContain(HOSTILE);
  });
});

describe('QuickActions', () => {
  it('opens one form at a time and sends the note', async () => {
    const notes: string[] = [];
    const actions: CardActions = {
      addNote: async (text) => void notes.push(text),
      addTask: noop,
      setStage: noop,
      addDeal: noop,
    };
    const el = render(
      <QuickActions card={card()} subject="Замовлення" now={NOW} locale="uk" t={t} actions={actions} />,
    );
    const toggle = (id: string) => el.querySelector<HTMLButtonElement>(`[data-action="${id}"]`);
    act(() => toggle('task')?.click());
    expect(el.querySelectorAll('form')).toHaveLength(1);
    expect(el.querySelectorAll('.preset')).toHaveLength(3);
    act(() => toggle('note')?.click());
    const textarea = el.querySelector('textarea');
    expect(textarea).not.toBeNull();
    expect(toggle('note')?.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('action errors', () => {
  it('shows a failed action in the UI language, from its code', () => {
    const el = render(
      <FormFooter
        state={{
          kind: 'failed',
          message: 'That task is already done or was deleted.',
          because: { code: 'task.gone' },
        }}
        submitLabel="Зберегти"
        t={t}
        onCancel={() => undefined}
      />,
    );
    expect(el.querySelector('[role="alert"]')?.textContent).toBe(
      'Не збережено: Це завдання вже виконано або видалено.',
    );
  });

  it('shows an error without a code as the background wrote it', () => {
    const el = render(
      <FormFooter
        state={{ kind: 'failed', message: 'Something new.' }}
        submitLabel="Зберегти"
        t={t}
        onCancel={() => undefined}
      />,
    );
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Не збережено: Something new.');
  });

  it('translates each refused field when adding a correspondent fails', async () => {
    const refused = new ActionError(
      'x@y.ua already belongs to Олена Коваль; open that card or merge the two.',
      {
        code: 'fields',
        problems: [
          {
            reason: 'x@y.ua already belongs to Олена Коваль; open that card or merge the two.',
            because: { code: 'owned.email', params: { value: 'x@y.ua', name: 'Олена Коваль' } },
          },
        ],
      },
    );
    const el = render(
      <NewCorrespondent name="Петро" address="x@y.ua" t={t} onAdd={() => Promise.reject(refused)} />,
    );
    await act(async () => el.querySelector<HTMLButtonElement>('button')?.click());
    expect(el.querySelector('[role="alert"]')?.textContent).toBe(
      'Не збережено: x@y.ua вже належить картці «Олена Коваль»; відкрийте ту картку або об’єднайте їх.',
    );
  });
});

describe('ErrorBoundary', () => {
  function Broken(): React.ReactNode {
    throw new Error('card exploded');
  }

  it('turns a render error into a notice with details to copy', () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      const el = render(
        <ErrorBoundary
          resetKey="a"
          title="The card hit an error"
          body="Open the thread again"
          copyLabel="Copy"
          copiedLabel="Copied"
          retryLabel="Retry"
        >
          <Broken />
        </ErrorBoundary>,
      );
      expect(el.querySelector('[role=alert] h2')?.textContent).toBe('The card hit an error');
      expect(el.querySelector('.details')?.textContent).toContain('Error: card exploded');
    } finally {
      console.error = original;
    }
  });
});

describe('themeFromHash', () => {
  it.each([
    ['#theme=dark', 'dark'],
    ['#theme=light', 'light'],
    ['#theme=<script>', null],
    ['', null],
  ] as const)('%j -> %s', (hash, theme) => {
    expect(themeFromHash(hash)).toBe(theme);
  });
});

describe('TaskForm', () => {
  it('lights only the preset pressed, even on a Sunday when two presets fall on Monday', () => {
    const sunday = new Date(2026, 2, 8, 10).getTime();
    const el = render(
      <TaskForm
        t={t}
        locale="uk"
        now={sunday}
        onSubmit={noop}
        onDone={() => undefined}
        onCancel={() => undefined}
      />,
    );
    const pressed = () => [...el.querySelectorAll('.preset[aria-pressed="true"]')].map((b) => b.textContent);
    expect(pressed()).toEqual(['Завтра']);
    expect((el.querySelector('[data-testid="task-due"]') as HTMLInputElement).value).toBe('09.03.2026');
    const nextWeek = [...el.querySelectorAll('.preset')].at(-1) as HTMLButtonElement;
    act(() => nextWeek.click());
    expect(pressed()).toEqual([nextWeek.textContent]);
  });
});
