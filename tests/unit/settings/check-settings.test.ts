// Stored settings are checked field by field: a bad field falls back to its default and is reported, the rest stay.
import { describe, expect, it } from 'vitest';
import { defaultStageRules } from '../../../core/lifecycle';
import { checkSettings, defaultSettings } from '../../../core/settings';

describe('checkSettings', () => {
  it('a restored {"pipeline": 42, "blocklist": "x"} keeps the other fields and names the two it reset', () => {
    const { settings, dropped } = checkSettings({
      pipeline: 42,
      blocklist: 'x',
      ownAddresses: ['Ivan.Petrenko@Kartka.ua'],
      language: 'uk',
    });
    expect(settings.pipeline).toEqual(defaultSettings().pipeline);
    expect(settings.blocklist).toEqual([]);
    expect(settings.ownAddresses).toEqual(['ivan.petrenko@kartka.ua']);
    expect(settings.language).toBe('uk');
    expect(dropped.map((d) => d.field)).toEqual(['blocklist', 'pipeline']);
  });

  it('checks an object field key by key', () => {
    const { settings, dropped } = checkSettings({ logging: { mode: 'create-all', maxRecipients: -5 } });
    expect(settings.logging.mode).toBe('create-all');
    expect(settings.logging.maxRecipients).toBe(20);
    expect(settings.logging.skipBulk).toBe(true);
    expect(dropped).toEqual([{ field: 'logging.maxRecipients', problem: expect.stringContaining('-5') }]);
  });

  it('drops a bad list entry and keeps the others', () => {
    const { settings, dropped } = checkSettings({
      blocklist: ['Spam.Example', '"><img src=x onerror=alert(1)>', 'a@b.co', 'a@b.co', 7],
    });
    expect(settings.blocklist).toEqual(['spam.example', 'a@b.co']);
    expect(dropped.map((d) => d.field)).toEqual(['blocklist[1]', 'blocklist[4]']);
  });

  it.each([
    [
      'a colour that is not one',
      { pipeline: [{ id: 'a', label: 'A', color: 'red;background:url(//x)', kind: 'open' }] },
    ],
    [
      'two stages with one id',
      {
        pipeline: [
          { id: 'a', label: 'A', color: '#fff', kind: 'open' },
          { id: 'a', label: 'B', color: '#000', kind: 'won' },
        ],
      },
    ],
    ['an empty pipeline', { pipeline: [] }],
    ['an unknown region', { defaultPhoneRegion: 'XX' }],
    ['an unknown language', { language: 'de' }],
    ['a currency that is not a code', { stageRules: { amountCurrency: 'гривня' } }],
    ['a negative threshold', { stageRules: { lostAfterDays: -1 } }],
  ])('resets %s', (_, raw) => {
    const { settings, dropped } = checkSettings(raw);
    expect(dropped).toHaveLength(1);
    expect(settings).toEqual(defaultSettings());
  });

  it.each([[null], [undefined]])('reads %s as the defaults, with nothing to report', (raw) => {
    expect(checkSettings(raw)).toEqual({ settings: defaultSettings(), dropped: [] });
  });

  it.each([['x'], [42], [[1, 2]], [true]])('reads %j as the defaults and reports it', (raw) => {
    const { settings, dropped } = checkSettings(raw);
    expect(settings).toEqual(defaultSettings());
    expect(dropped).toHaveLength(1);
  });

  it('fills fields a newer version added, silently, and leaves out fields it does not know', () => {
    const { language: _gone, ...older } = defaultSettings();
    expect(checkSettings({ ...older, retiredField: 1 })).toEqual({
      settings: defaultSettings(),
      dropped: [],
    });
  });

  it('has no storeBodies: it was read nowhere (no body was ever kept), so a stored one is left out silently', () => {
    expect(Object.keys(defaultSettings())).not.toContain('storeBodies');
    const stored = { ...defaultSettings(), storeBodies: true };
    const { settings, dropped } = checkSettings(stored);
    expect(dropped).toEqual([]);
    expect(settings).toEqual(defaultSettings());
  });

  it('keeps valid settings exactly', () => {
    const custom = {
      ...defaultSettings(),
      ownAddresses: ['me@acme.ua'],
      internalDomains: ['acme.ua'],
      blocklist: ['spam.example', 'bot@x.example'],
      pipeline: [{ id: 'lead', label: 'Лід', color: '#123abc', kind: 'open' as const }],
      defaultPhoneRegion: 'PL',
      stageRules: { ...defaultStageRules(), vipAmount: 100_000, lostFinalAfterDays: 720 },
    };
    expect(checkSettings(JSON.parse(JSON.stringify(custom)))).toEqual({ settings: custom, dropped: [] });
  });
});
