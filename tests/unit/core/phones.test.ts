import { describe, expect, test } from 'vitest';
import { normalizePhone } from '../../../core/phones';

describe('normalizePhone', () => {
  test.each([
    ['+380 67 123 45 67', 'UA', '+380671234567', undefined],
    ['+380671234567', 'UA', '+380671234567', undefined],
    ['067 123 45 67', 'UA', '+380671234567', undefined],
    ['(067) 123-45-67', 'UA', '+380671234567', undefined],
    ['067-123-45-67', 'UA', '+380671234567', undefined],
    ['380671234567', 'UA', '+380671234567', undefined],
    ['00380 67 123 45 67', 'UA', '+380671234567', undefined],
    ['8 067 123 45 67', 'UA', '+380671234567', undefined],
    ['044 235 12 34', 'UA', '+380442351234', undefined],
    ['8 (916) 123-45-67', 'RU', '+79161234567', undefined],
    ['8 (916) 123-45-67', 'UA', '+79161234567', undefined],
    ['+7 (495) 123-45-67', 'UA', '+74951234567', undefined],
    ['+1 (415) 555-2671', 'UA', '+14155552671', undefined],
    ['(415) 555-2671', 'US', '+14155552671', undefined],
    ['+44 20 7946 0958', 'UA', '+442079460958', undefined],
    ['+380 44 235 12 34 доб. 123', 'UA', '+380442351234', '123'],
    ['044 235-12-34, вн. 12', 'UA', '+380442351234', '12'],
    ['+7 495 123 45 67 доб.5', 'RU', '+74951234567', '5'],
    ['+1 415 555 2671 ext. 7', 'US', '+14155552671', '7'],
    ['+49 30 123456 x 89', 'DE', '+4930123456', '89'],
  ])('%s (default %s) → %s ext %s', (raw, region, e164, ext) => {
    const r = normalizePhone(raw, region);
    expect(r).toEqual(ext === undefined ? { ok: true, e164 } : { ok: true, e164, ext });
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['12345', 'too short'],
    ['067 ABC 45 67', 'characters'],
    ['+380 12 345', 'not a valid phone number'],
    ['+380 00 000 00 00', 'not a valid phone number'],
    ['call me', 'characters'],
  ])('%j is rejected (%s)', (raw, why) => {
    const r = normalizePhone(raw, 'UA');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(why);
  });
});
