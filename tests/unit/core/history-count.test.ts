// Following a long history's count as its card's timeline changes, without counting the history again.
import { describe, expect, it } from 'vitest';
import { followCount, historyWindow, type TimelineEntry } from '../../../core/card';

const entry = (key: string, at: number): TimelineEntry => ({
  key,
  kind: key.startsWith('d:') ? 'deal' : 'email',
  at,
  title: key,
  detail: null,
  amount: null,
  direction: null,
  dealStatus: null,
});
/** A timeline of interactions `i:n` at time n, newest first, `size` long, ending at `from`. */
const timeline = (newest: number, size: number): TimelineEntry[] =>
  Array.from({ length: size }, (_, k) => entry(`i:${newest - k}`, newest - k));

describe('followCount', () => {
  const counted = { count: 120, window: historyWindow(timeline(100, 50)) };

  it('keeps the count when the timeline is the same', () => {
    expect(followCount(counted, timeline(100, 50))).toBe(120);
  });

  it('adds the messages logged since, though the window still holds 50', () => {
    expect(followCount(counted, timeline(103, 50))).toBe(123);
  });

  it('takes away one that went, and does not count the older one that scrolled into the window', () => {
    const after = timeline(100, 51).filter((e) => e.key !== 'i:90');
    expect(after).toHaveLength(50);
    expect(followCount(counted, after)).toBe(119);
  });

  it('counts an older interaction that appears inside the window', () => {
    const after = [...timeline(100, 50), entry('i:old-import', 75)].sort((a, b) => b.at - a.at).slice(0, 50);
    expect(followCount(counted, after)).toBe(121);
  });

  it('leaves deal events out of the history', () => {
    const after = [entry('d:x:open', 101), ...timeline(100, 49)];
    expect(historyWindow(after)).toHaveLength(49);
    expect(followCount(counted, after)).toBe(120);
  });
});
