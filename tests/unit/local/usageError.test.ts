import { UsageError, parseCommandLine } from '../../../local/usageError';

const options = { fresh: { type: 'boolean' }, stage: { type: 'string', default: 'dev' } } as const;

describe('parseCommandLine', () => {
  it('parses the flags it knows', () => {
    const { values } = parseCommandLine({ args: ['--fresh', '--stage', 'qa'], options });

    expect(values).toEqual({ fresh: true, stage: 'qa' });
  });

  it.each([
    [['--frsh'], /^Unknown option '--frsh'\.?$/],
    [['--stage'], /^Option '--stage <value>' argument missing$/],
    [['qa'], /^Unexpected argument 'qa'/],
  ])('turns %p into a one-line UsageError', (args, message) => {
    const act = () => parseCommandLine({ args, options });

    expect(act).toThrow(UsageError);
    expect(act).toThrow(message);
  });

  it('keeps node:util’s complaint as the cause', () => {
    let caught: unknown;
    try {
      parseCommandLine({ args: ['--frsh'], options });
    } catch (error) {
      caught = error;
    }

    expect((caught as UsageError).cause).toMatchObject({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
  });
});
