import { createHash } from 'node:crypto';
import { ConfigError } from '../../../runtime/env/readEnv';
import { trustedDocuments } from '../../../server/trustedDocuments';
import storefront from '../../../generated/web/persisted-documents.json';
import releasedStorefront from '../../../release/released-documents.json';

const DOCUMENT = 'query Categories { categories { id } }';
const HASH = createHash('sha256').update(DOCUMENT).digest('hex');

describe('trustedDocuments', () => {
  it('maps each hash of a manifest to its document, with or without the sha256: prefix', () => {
    const other = '{ __typename }';
    const otherHash = createHash('sha256').update(other).digest('hex');

    const documents = trustedDocuments([{ [`sha256:${HASH}`]: DOCUMENT }, { [otherHash]: other }]);

    expect([...documents]).toEqual([
      [HASH, DOCUMENT],
      [otherHash, other],
    ]);
  });

  it('knows the storefront build and every document of its earlier releases by default', () => {
    const known = trustedDocuments();

    for (const manifest of [storefront, releasedStorefront]) {
      for (const [key, document] of Object.entries(manifest)) expect(known.get(key.replace(/^sha256:/, ''))).toBe(document);
    }
    expect(known.size).toBeGreaterThanOrEqual(Object.keys(storefront).length);
  });

  it.each([
    ['an empty manifest', {}, /manifest 1 is missing or empty/],
    ['a missing manifest', undefined, /manifest 1 is missing or empty/],
    ['a hash that is not its document', { [`sha256:${HASH}`]: `${DOCUMENT} ` }, /is not the SHA-256 of its document/],
    ['a document that is not text', { [HASH]: 42 }, /is not the SHA-256 of its document/],
  ])('fails the start on %s, with a ConfigError that says what to do', (_case, manifest, message) => {
    const load = () => trustedDocuments([manifest as unknown as Record<string, string>]);

    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });
});
