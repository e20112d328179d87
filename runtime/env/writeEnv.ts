/** The variables a producer sets on a function (CDK's `environment`, `npm start`'s process, the bench's child). */
export type EnvVariables = Record<string, string>;

/**
 * The variables with a value, in the order given: a contract's writer lists every variable it
 * knows, and an input left out (`undefined`) leaves its variable unset, so the reader's default applies.
 *
 * @example
 * writeEnv({ TABLE_NAME: 'storefront-dev', DYNAMODB_ENDPOINT: undefined }); // { TABLE_NAME: 'storefront-dev' }
 */
export function writeEnv(variables: Readonly<Record<string, string | undefined>>): EnvVariables {
  return Object.fromEntries(Object.entries(variables).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
