'use strict';
// Codegen document transform: `__typename` on every selection of the storefront's documents, as
// Apollo Client's cache adds it, so the persisted documents the API runs by hash are the very
// documents the client's cache expects.
const { addTypenameSelectionDocumentTransform } = require('@graphql-codegen/client-preset');

exports.transform = (options) => addTypenameSelectionDocumentTransform.transform(options);
