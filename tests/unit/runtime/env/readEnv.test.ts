import { ConfigError, readEnv } from '../../../../runtime/env/readEnv';
import { writeEnv } from '../../../../runtime/env/writeEnv';

describe('readEnv', () => {
  it('trims values and counts a blank one as unset', () => {
    const read = readEnv({ NAME: '  storefront  ', BLANK: '   ' });

    expect(read.optional('NAME')).toBe('storefront');
    expect(read.optional('BLANK')).toBeUndefined();
    expect(() => read.required('BLANK')).toThrow(new ConfigError('environment variable BLANK is required.'));
  });

  it('reads booleans, members of a list and log levels, with their fallbacks', () => {
    const read = readEnv({ ON: 'true', MODE: 'require', LEVEL: 'debug' });

    expect([read.boolean('ON'), read.boolean('UNSET', false)]).toEqual([true, false]);
    expect([read.oneOf('MODE', ['off', 'allow', 'require']), read.oneOf('UNSET', ['off', 'allow'], 'allow')]).toEqual(['require', 'allow']);
    expect([read.logLevel('LEVEL'), read.logLevel('UNSET'), read.logLevel('UNSET', 'WARN')]).toEqual(['DEBUG', 'INFO', 'WARN']);
  });

  it.each([
    [(read: ReturnType<typeof readEnv>) => read.boolean('VALUE'), 'VALUE must be "true" or "false".'],
    [(read: ReturnType<typeof readEnv>) => read.oneOf('VALUE', ['off', 'allow', 'require']), 'VALUE must be off, allow or require.'],
    [(read: ReturnType<typeof readEnv>) => read.logLevel('VALUE'), 'VALUE must be DEBUG, INFO, WARN or ERROR.'],
  ])('names the variable and what it may be (%#)', (reading, message) => {
    expect(() => reading(readEnv({ VALUE: 'loud' }))).toThrow(new ConfigError(message));
  });
});

describe('writeEnv', () => {
  it('keeps the variables with a value, in their order', () => {
    expect(Object.entries(writeEnv({ B: 'b', UNSET: undefined, A: '', C: 'c' }))).toEqual([
      ['B', 'b'],
      ['A', ''],
      ['C', 'c'],
    ]);
  });
});
