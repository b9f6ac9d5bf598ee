// Settings → Team for a single user: join a firm with an invitation. Check with the server first (a preview of
// what will be shared), download a backup of the base as it is, then join.
import { useState, type ChangeEvent } from 'react';
import type { MessageKey, Translate } from '../../../core/i18n';
import type { Level } from '../../../core/team/names';

export interface JoinFields {
  url: string;
  firm: string;
  user: string;
  password: string;
}

/** What the server said about an invitation, as the page needs it (integrations/team/join.ts JoinPreview). */
export type JoinCheck =
  | {
      ok: true;
      title: string;
      displayName: string;
      level: Level;
      local: { people: number; companies: number; interactions: number; tasks: number; deals: number };
      uploads: boolean;
    }
  | { ok: false; problem: { code: string; firm?: string; status?: number; reason?: string } };

export interface TeamJoinProps {
  check: (fields: JoinFields) => Promise<JoinCheck>;
  backup: () => Promise<string>;
  join: (fields: JoinFields) => Promise<JoinCheck>;
  t: Translate;
}

const EMPTY: JoinFields = { url: '', firm: '', user: '', password: '' };

/** Why a join cannot go ahead, in the reader's language. */
export function joinProblemText(problem: Extract<JoinCheck, { ok: false }>['problem'], t: Translate): string {
  switch (problem.code) {
    case 'bad-url':
      return t('team.join.problem.bad-url');
    case 'bad-firm':
      return t('team.join.problem.bad-firm');
    case 'unreachable':
      return t('team.join.problem.unreachable', { reason: problem.reason ?? '' });
    case 'wrong-password':
      return t('team.join.problem.wrong-password');
    case 'not-member':
      return t('team.join.problem.not-member');
    case 'already-joined':
      return t('team.join.problem.already-joined', { firm: problem.firm ?? '' });
    case 'missing':
      return t('team.join.problem.missing');
    default:
      return t('team.join.problem.server', { status: problem.status ?? 0, reason: problem.reason ?? '' });
  }
}

export function TeamJoin({ check, backup, join, t }: TeamJoinProps) {
  const [fields, setFields] = useState<JoinFields>(EMPTY);
  const [result, setResult] = useState<JoinCheck | null>(null);
  const [busy, setBusy] = useState<'check' | 'join' | null>(null);
  const [backedUp, setBackedUp] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(kind: 'check' | 'join', work: () => Promise<JoinCheck>) {
    if (!fields.url.trim() || !fields.firm.trim() || !fields.user.trim() || !fields.password) {
      setResult({ ok: false, problem: { code: 'missing' } });
      return;
    }
    setBusy(kind);
    setError(null);
    try {
      setResult(await work());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }

  const field = (k: keyof JoinFields, label: MessageKey, type = 'text') => (
    <label className="field">
      <span>{t(label)}</span>
      <input
        type={type}
        name={`team-${k}`}
        value={fields[k]}
        onChange={(e: ChangeEvent<HTMLInputElement>) => {
          setFields({ ...fields, [k]: e.target.value });
          setResult(null);
          setBackedUp(null);
        }}
        autoComplete={type === 'password' ? 'current-password' : 'off'}
        spellCheck={false}
      />
    </label>
  );
  const ok = result?.ok ? result : null;
  return (
    <form
      className="team-join"
      aria-labelledby="team-join-title"
      onSubmit={(e) => {
        e.preventDefault();
        void run('check', () => check(fields));
      }}
    >
      <h3 id="team-join-title">{t('team.join.title')}</h3>
      <p className="muted">{t('team.single')}</p>
      {field('url', 'team.join.url', 'url')}
      {field('firm', 'team.join.firm')}
      {field('user', 'team.join.user')}
      {field('password', 'team.join.password', 'password')}
      <button type="submit" disabled={busy !== null}>
        {busy === 'check' ? t('team.join.checking') : t('team.join.check')}
      </button>
      {result && !result.ok && (
        <p className="error" role="alert" data-testid="team-join-problem">
          {joinProblemText(result.problem, t)}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {ok && (
        <div className="team-preview" data-testid="team-preview">
          <p>
            {t('team.join.preview', {
              title: ok.title,
              name: ok.displayName,
              level: t(`team.level.${ok.level}`),
            })}
          </p>
          <p>{ok.uploads ? t('team.join.moves', ok.local) : t('team.join.readonly')}</p>
          <p>{t('team.join.backupFirst')}</p>
          <button
            type="button"
            onClick={() =>
              void backup().then(setBackedUp, (e: unknown) =>
                setError(e instanceof Error ? e.message : String(e)),
              )
            }
          >
            {t('team.join.backup')}
          </button>
          {backedUp && (
            <p className="muted" data-testid="team-backup-done">
              {t('team.join.backupDone', { file: backedUp })}
            </p>
          )}
          <button
            type="button"
            className="primary"
            disabled={backedUp === null || busy !== null}
            onClick={() => void run('join', () => join(fields))}
          >
            {busy === 'join' ? t('team.join.joining') : t('team.join.go', { title: ok.title })}
          </button>
        </div>
      )}
    </form>
  );
}
