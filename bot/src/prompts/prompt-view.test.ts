import { formatLocal, instantToLocal } from '../domain/time';
import { formatInstant } from './prompt-view';

describe('formatInstant', () => {
  const zones = ['Europe/Stockholm', 'America/St_Johns', 'Asia/Kathmandu', 'UTC'];
  // Around Stockholm's and St John's DST changes, and seconds apart within one minute.
  const instants = [
    '2026-03-29T00:59:59.999Z',
    '2026-03-29T01:00:00.000Z',
    '2026-10-25T00:30:00.000Z',
    '2026-10-25T01:30:00.000Z',
    '2026-03-08T05:29:30.000Z',
    '2026-12-01T15:00:00.000Z',
    '2026-12-01T15:00:59.999Z',
    '2026-12-01T15:01:00Z',
    '2026-12-01T15:01:30+01:00',
    '1969-07-20T20:17:40.000Z',
  ];

  it('reads as the instant formatted in the zone, to the minute, whatever was formatted before', () => {
    for (let round = 0; round < 2; round++) {
      for (const zone of zones) {
        for (const locale of ['sv', 'en'] as const) {
          for (const iso of instants) {
            expect({ iso, zone, locale, text: formatInstant(iso, zone, locale) }).toEqual({
              iso,
              zone,
              locale,
              text: formatLocal(instantToLocal(iso, zone), zone, locale),
            });
          }
        }
      }
    }
  });

  it('keeps a bounded number of texts', () => {
    const start = Date.parse('2027-01-01T00:00:00Z');
    for (let minute = 0; minute < 2_500; minute++) formatInstant(new Date(start + minute * 60_000).toISOString(), 'UTC', 'en');
    expect(formatInstant(new Date(start).toISOString(), 'UTC', 'en')).toBe('Friday 1 January 00:00');
  });
});
