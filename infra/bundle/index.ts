// How the GraphQL Lambda's asset is built: esbuild settings, the exec wrapper, the opt-in code cache.
export * from './codeCache';
export * from './esbuildOptions';
export * from './execWrapper';
export * from './officialNode';
