'use strict';
// Mirrors: @apollo/usage-reporting-protobuf@4.1.2, @apollo/utils.usagereporting@2.1.0
// Bundled in place of Apollo's usage-reporting packages (protobuf schema, signature helpers):
// the server installs the "Disabled" usage-reporting, schema-reporting and inline-trace plugins,
// so nothing ever calls into them. Any use fails loudly instead of misbehaving.
const unavailable = new Proxy(
  {},
  {
    get(_target, name) {
      if (name === '__esModule') return false;
      throw new Error(`Apollo usage reporting is not part of this bundle (accessed "${String(name)}").`);
    },
  },
);
module.exports = unavailable;
