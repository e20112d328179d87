import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode } from '../../../core/errors';

const ARCHITECTURE = join(__dirname, '..', '..', '..', 'docs', 'architecture.md');

/** Codes graphql-js and Apollo give on their own, which the API passes through unchanged. */
const PASSED_THROUGH = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'];

/** The codes named in the first column of the table under "## Errors". */
function documentedCodes(markdown: string): string[] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Errors\n'));
  if (!section) throw new Error('docs/architecture.md has no "## Errors" section.');
  const table = section.split('\n\n').find((block) => block.startsWith('| Code |'));
  if (!table) throw new Error('The Errors section has no table of codes.');
  return table
    .split('\n')
    .slice(2)
    .flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]!));
}

describe('the error table in docs/architecture.md', () => {
  it('names exactly the codes the API gives, each once', () => {
    // Prepare
    const markdown = readFileSync(ARCHITECTURE, 'utf8');

    // Act
    const documented = documentedCodes(markdown);

    // Assess
    expect(documented.length).toBe(new Set(documented).size);
    expect([...documented].sort()).toEqual([...Object.values(ErrorCode), ...PASSED_THROUGH].sort());
  });

  it('would see a code missing from the table', () => {
    // Prepare
    const markdown = readFileSync(ARCHITECTURE, 'utf8').replace(/^\| `SKU_TAKEN`.*\n/m, '');

    // Act
    const documented = documentedCodes(markdown);

    // Assess
    expect(documented).not.toContain('SKU_TAKEN');
    expect(documented).toContain('SLUG_TAKEN');
  });
});
