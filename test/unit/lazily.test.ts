import { describe, expect, it } from 'vitest';
import { lazily } from '../../src/shared/lazily';
import { byDanish } from '../../src/shared/i18n/collate';

describe('lazily', () => {
  it('makes the value on first use, once, and keeps it (undefined included)', () => {
    let made = 0;
    const value = lazily(() => { made += 1; return made > 1 ? 'again' : undefined; });
    expect(made).toBe(0);
    expect(value()).toBeUndefined();
    expect(value()).toBeUndefined();
    expect(made).toBe(1);
  });

  it('leaves Danish order as it was: æ, ø and å after z', () => {
    expect(['å', 'ø', 'z', 'æ', 'a'].sort(byDanish)).toEqual(['a', 'z', 'æ', 'ø', 'å']);
  });
});
