// A live sync's memory of the member check (who the server says the member is, and the directory). With an
// extension page open, every edit and every change on the server runs a sync; asking `_session` and reading the
// whole directory each time was two of the fixed round trips on the path of an edit to another profile (notes
// 21d). A check is reused for a short while, and never after the directory changed: the live watch long-polls the
// directory and forgets the check at once, so an off-boarding still reaches the next sync (which wipes the base),
// and a refused request (401/403) asks the server again whatever is remembered (sync.ts).
import type { DirectoryMember } from '../../core/team/membership';
import type { Level } from '../../core/team/names';

/** How long a check is trusted when nothing in the directory changed (a revoked session shows as a 401 anyway). */
export const CHECK_REUSE_MS = 15_000;

export interface MemberCheck {
  level: Level;
  members: DirectoryMember[];
}

export class MemberChecks {
  private kept: { key: string; at: number; check: MemberCheck } | null = null;
  private generation = 0;

  /** The check of this member (`key`: server, firm, name) made less than CHECK_REUSE_MS before `now`, if any. */
  recent(key: string, now: number): MemberCheck | null {
    const k = this.kept;
    return k && k.key === key && now - k.at >= 0 && now - k.at < CHECK_REUSE_MS ? k.check : null;
  }

  /** Marks the start of a check: a `forget()` after it keeps its result from being remembered. */
  begin(): number {
    return this.generation;
  }

  remember(started: number, key: string, at: number, check: MemberCheck): void {
    if (started === this.generation) this.kept = { key, at, check };
  }

  /** The directory changed, the member left, or a request was refused: the next sync asks the server. */
  forget(): void {
    this.generation++;
    this.kept = null;
  }
}
