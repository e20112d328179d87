// How the GraphQL Lambda's asset is built: esbuild settings, the exec wrapper, the code cache of a pinned stage.
export * from './codeCache';
export * from './esbuildOptions';
export * from './execWrapper';
export * from './officialNode';
