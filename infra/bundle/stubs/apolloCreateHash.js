'use strict';
// Mirrors: @apollo/utils.createhash@3.0.1
// Bundled in place of @apollo/utils.createhash. Apollo hashes every request's query text to find
// its parsed document; that package uses Node's crypto only when `module.require` exists, which
// it does not inside a bundle, so it falls back to sha.js, a SHA-256 written in JavaScript. Node's
// crypto computes the same digests natively.
const crypto = require('node:crypto');

exports.createHash = (kind) => crypto.createHash(kind);
