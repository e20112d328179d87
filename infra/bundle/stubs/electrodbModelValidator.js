'use strict';
// Mirrors: jsonschema@1.5.0 as electrodb@3.9.3 calls it
// Bundled in place of `jsonschema`, which only ElectroDB uses, for two things:
// - `new Entity(model)` validates the model against ElectroDB's JSON schemas and throws when it
//   does not match. Our models are static code: every test imports them with the real validator,
//   so a bundle built from a tree whose tests pass can only hold valid models. Validating eight
//   models again at every cold start (a `url.resolve` per sub-schema) is work for nothing.
// - `new Service({ ...entities })` asks the same validator whether each value is a model (a plain
//   object) or an Entity instance. A class instance never matches ElectroDB's model schemas, so
//   this answer is kept: a plain object is a model, anything else is not.
// tests/infra/electrodbModelValidator.test.ts checks both answers against the real validator.
const NOT_A_MODEL = [{ property: 'instance', message: 'is not a plain object (an ElectroDB model definition)', argument: 'type' }];

class Validator {
  addSchema() {}

  validate(instance) {
    const prototype = instance !== null && typeof instance === 'object' ? Object.getPrototypeOf(instance) : undefined;
    return { errors: prototype === Object.prototype || prototype === null ? [] : NOT_A_MODEL };
  }
}
Validator.prototype.customFormats = {};

exports.Validator = Validator;
