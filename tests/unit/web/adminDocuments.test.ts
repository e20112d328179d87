import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import admin from '../../../generated/web/admin/persisted-documents.json';
import storefront from '../../../generated/web/persisted-documents.json';
import { PROJECT_ROOT } from '../../../infra/projectRoot';

const OPERATIONS = join(PROJECT_ROOT, 'web', 'src', 'operations');

const operationsIn = (file: string) =>
  parse(readFileSync(join(OPERATIONS, file), 'utf8')).definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.name!.value] : [],
  );

describe('the admin pages’ operations', () => {
  it('are trusted documents of the storefront’s manifest, with the same hashes as the admin chunk sends', () => {
    const trusted = Object.entries(storefront as Record<string, string>);

    for (const [hash, document] of Object.entries(admin as Record<string, string>)) expect(trusted).toContainEqual([hash, document]);
    expect(Object.keys(admin)).toHaveLength(operationsIn('admin.graphql').length);
  });

  it('are all named Admin… (the client sends those by POST with the token), and no shopper operation is', () => {
    const shopper = readdirSync(OPERATIONS)
      .filter((file) => file.endsWith('.graphql') && file !== 'admin.graphql')
      .flatMap(operationsIn);

    expect(operationsIn('admin.graphql').filter((name) => !name.startsWith('Admin'))).toEqual([]);
    expect(shopper.filter((name) => name.startsWith('Admin'))).toEqual([]);
  });
});
