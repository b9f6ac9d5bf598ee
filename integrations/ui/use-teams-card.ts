// Teams chats on an open card (base page or sidebar): when the card of a person opens, ask the background to read
// their Teams chat; while pages newer than the watermark remain, ask again when the background says the chat may
// be asked (it keeps the pace, one request a second per chat), at most GRAPH_LIMITS.teams.maxMessagePages times
// for one opening. What is read lands in the base and the card's timeline follows it; this hook only holds the
// statuses the card shows in words.
import { useEffect, useState } from 'react';
import type { PersonId } from '../../core/ids';
import { GRAPH_LIMITS } from '../../core/sync/microsoft/limits';
import type { TeamsCardReading } from '../../core/sync/microsoft/teams-state';
import { send } from '../messaging/client';

export function useTeamsCard(personId: PersonId | null, enabled: boolean): TeamsCardReading {
  // The answer is kept with the person it is for: another card's answer reads as "checking" until its own comes.
  const [answer, setAnswer] = useState<{ personId: PersonId; reading: TeamsCardReading } | null>(null);
  useEffect(() => {
    if (!personId || !enabled) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const added = new Map<string, number>();
    const ask = async (round: number) => {
      try {
        const statuses = await send('teams.card', { personId });
        if (!live) return;
        // Across the rounds of one opening, the count of new messages adds up.
        const shown = statuses.map((s) => {
          const total = (added.get(s.accountId) ?? 0) + s.added;
          added.set(s.accountId, total);
          return { ...s, added: total };
        });
        setAnswer({ personId, reading: { state: 'done', statuses: shown } });
        const more = statuses.flatMap((s) => (s.moreAt === null ? [] : [s.moreAt]));
        if (more.length && round + 1 < GRAPH_LIMITS.teams.maxMessagePages)
          timer = setTimeout(() => void ask(round + 1), Math.max(0, Math.max(...more) - Date.now()) + 50);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (live) setAnswer({ personId, reading: { state: 'error', message } });
      }
    };
    void ask(0);
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [personId, enabled]);
  if (!personId || !enabled) return { state: 'idle' };
  return answer?.personId === personId ? answer.reading : { state: 'checking' };
}
