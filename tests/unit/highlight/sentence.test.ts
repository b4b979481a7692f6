import { describe, expect, test } from 'vitest';
import { sentenceAround } from '../../../utils/sentence';

describe('the sentence around a hit', () => {
  const text = 'First sentence here. The forum discussed soft power and nation branding. Last one!';
  test('is the whole sentence that holds the hit', () => {
    const at = text.indexOf('soft power');
    const s = sentenceAround(text, at, at + 10);
    expect(text.slice(s.start, s.end)).toBe('The forum discussed soft power and nation branding.');
  });

  test('works in Russian', () => {
    const ru = 'Первое. Министр отметил, что цифровая дипломатия важна. Третье.';
    const at = ru.indexOf('цифровая');
    const s = sentenceAround(ru, at, at + 19);
    expect(ru.slice(s.start, s.end)).toBe('Министр отметил, что цифровая дипломатия важна.');
  });

  test('a very long run without full stops is cut around the hit', () => {
    const long = `${'word '.repeat(1000)}soft power${' word'.repeat(1000)}`;
    const at = long.indexOf('soft power');
    const s = sentenceAround(long, at, at + 10);
    expect(s.end - s.start).toBeLessThanOrEqual(800);
    expect(long.slice(s.start, s.end)).toContain('soft power');
  });
});
