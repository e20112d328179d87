import { loggedStacks } from '../../../infra/bundle/loggedStacks';

const FRAME = '    at Xe (/var/task/index.js:395:55285)';

describe('loggedStacks', () => {
  it('finds the error of a Powertools line and each error it was caused by, with where each sits', () => {
    // Prepare
    const line = JSON.stringify({
      level: 'ERROR',
      message: 'Unexpected error',
      timestamp: '2026-12-07T10:00:00.000Z',
      service: 'storefront-api',
      error: {
        name: 'Error',
        message: 'outer',
        stack: `Error: outer\n${FRAME}`,
        cause: { name: 'TypeError', message: 'inner', stack: `TypeError: inner\n${FRAME}` },
      },
    });

    // Act
    const stacks = loggedStacks(line);

    // Assess
    expect(stacks).toEqual([
      { heading: '2026-12-07T10:00:00.000Z ERROR Unexpected error', service: 'storefront-api', path: 'error', stack: `Error: outer\n${FRAME}` },
      {
        heading: '2026-12-07T10:00:00.000Z ERROR Unexpected error',
        service: 'storefront-api',
        path: 'error.cause',
        stack: `TypeError: inner\n${FRAME}`,
      },
    ]);
  });

  it("reads the Lambda runtime's error line after what CloudWatch puts before it, its stack an array of lines", () => {
    const line = `2026-12-07T10:00:00.000Z\tundefined\tERROR\tUncaught Exception \t${JSON.stringify({ errorType: 'ConfigError', errorMessage: 'bad', stack: ['ConfigError: bad', FRAME] })}`;

    expect(loggedStacks(line)).toEqual([
      { heading: '2026-12-07T10:00:00.000Z undefined ERROR Uncaught Exception ConfigError bad', path: 'stack', stack: `ConfigError: bad\n${FRAME}` },
    ]);
  });

  it('takes the lines that are not JSON, together, as a stack copied as text', () => {
    expect(loggedStacks(`\nError: boom\n${FRAME}\n`)).toEqual([{ stack: `Error: boom\n${FRAME}` }]);
  });

  it('finds nothing in a JSON line without a stack', () => {
    expect(loggedStacks(JSON.stringify({ level: 'INFO', message: 'GraphQL request' }))).toEqual([]);
  });
});
