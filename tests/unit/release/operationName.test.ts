import { operationName } from '../../../release/operationName';

describe('operationName (a trusted document’s operation)', () => {
  it('names the operation of a document that carries its fragments first, on one line as the manifest holds it', () => {
    // Act
    const name = operationName(
      'fragment CartFields on Cart { id } mutation CartLinesAdd($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { cart { ...CartFields } } }',
    );

    // Assess
    expect(name).toBe('CartLinesAdd');
  });

  it('says when the operation has no name', () => {
    expect(operationName('{ categories { id } }')).toBe('an anonymous operation');
  });
});
