import { createHash } from 'node:crypto';
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import storefront from '../generated/web/persisted-documents.json';
import releasedStorefront from '../release/released-documents.json';
import { ConfigError } from '../runtime/env/readEnv';
import { currentRequest } from './observability/requestScope';

/**
 * The trusted documents: every operation of our own clients, by the SHA-256 of its text, bundled
 * with the function so that every container knows them. A client's build writes its manifest
 * (`{ "sha256:<hex>": "<document>" }`; GraphQL Code Generator's client preset does, with
 * `persistedDocuments`). Another client (a mobile app, a partner) adds its own: commit its
 * manifest, import it here and list it, and deploy.
 *
 * The storefront's documents of earlier releases stay trusted (release/released-documents.json,
 * added to by `npm run schema:release`): a tab still running an earlier build sends their hashes,
 * and in `require` mode it would otherwise be refused until it reloads.
 */
const MANIFESTS: ReadonlyArray<Readonly<Record<string, string>>> = [storefront, releasedStorefront];

/**
 * Hash (hex, as clients send it in `extensions.persistedQuery.sha256Hash`) → document. A manifest
 * that is empty, or whose hash is not its document's, fails the container's start instead of
 * refusing requests one by one.
 */
export function trustedDocuments(manifests: ReadonlyArray<Readonly<Record<string, string>>> = MANIFESTS): ReadonlyMap<string, string> {
  const documents = new Map<string, string>();
  manifests.forEach((manifest, index) => {
    const entries = Object.entries(manifest ?? {});
    if (entries.length === 0)
      throw new ConfigError(`Trusted documents: manifest ${index + 1} is missing or empty; run \`npm run codegen\` and build again.`);
    for (const [key, document] of entries) {
      const hash = key.replace(/^sha256:/, '');
      if (typeof document !== 'string' || createHash('sha256').update(document).digest('hex') !== hash) {
        throw new ConfigError(`Trusted documents: in manifest ${index + 1}, "${key}" is not the SHA-256 of its document; run \`npm run codegen\`.`);
      }
      documents.set(hash, document);
    }
  });
  return documents;
}

/** Apollo's persisted-query cache prefixes its keys. */
const APQ_PREFIX = 'apq:';

/**
 * Apollo's persisted-query store: a trusted document is found by its hash with no registration
 * (unless the request's alias has trusted documents `off`); any other document a client
 * registered (Automatic Persisted Queries) is kept in this container's memory.
 */
export class TrustedDocumentStore implements KeyValueCache<string> {
  private readonly registered = new InMemoryLRUCache<string>();

  constructor(private readonly trusted: ReadonlyMap<string, string>) {}

  async get(key: string): Promise<string | undefined> {
    const hash = key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key;
    const document = currentRequest()?.trustedDocuments === 'off' ? undefined : this.trusted.get(hash);
    return document ?? this.registered.get(key);
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    await this.registered.set(key, value, options);
  }

  async delete(key: string): Promise<boolean | void> {
    return this.registered.delete(key);
  }
}
