#!/bin/sh
# The GraphQL function's exec wrapper (AWS_LAMBDA_EXEC_WRAPPER, set by infra/constructs/GraphqlFunction.ts;
# shipped in the asset by infra/bundle/). Lambda runs it with the runtime's command line,
# e.g. `/var/lang/bin/node --expose-gc --max-semi-space-size=51 --max-old-space-size=922 /var/runtime/index.mjs`,
# and it runs that same command, in the same order, without `--expose-gc`.
#
# `--expose-gc` only defines `global.gc()`, which this function never calls (nor do the runtime
# client's entry point and invoke loop). But it changes V8's flag hash, so Node rejects the code
# cache built into its binary for its own modules and compiles every `require('node:...')` from
# source, at every cold start (docs/performance.md).
for arg do
  shift
  [ "$arg" = --expose-gc ] || set -- "$@" "$arg"
done
exec "$@"
