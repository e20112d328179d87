import { addressInputOf, addressLine } from '../../../web/src/checkout/addressForm';
import { cartErrorText, cartIsGone, discountReasonText, lineProblemText } from '../../../web/src/cartText';

describe('the cart’s words', () => {
  it('says what a line’s problem asks of the shopper, with the units available', () => {
    expect(lineProblemText({ code: 'OUT_OF_STOCK' })).toMatch(/Sold out/);
    expect(lineProblemText({ code: 'INSUFFICIENT_STOCK', available: 3 })).toMatch(/Only 3 available/);
    expect(lineProblemText({ code: 'A_NEW_PROBLEM' })).toMatch(/Cannot be bought/);
  });

  it('says why a discount code does not apply, for every reason and one this build does not know', () => {
    expect(discountReasonText('USED_UP')).toMatch(/used as many times/);
    expect(discountReasonText('MINIMUM_NOT_MET')).toMatch(/minimum/);
    expect(discountReasonText('SOMETHING_ELSE')).toMatch(/does not apply/);
  });

  it('words a refused change, and knows when the cart is gone', () => {
    expect(cartErrorText({ code: 'INSUFFICIENT_STOCK', message: 'x', available: 1 })).toBe('Only 1 available: choose fewer.');
    expect(cartErrorText({ code: 'INVALID', message: 'The API’s sentence.' })).toBe('The API’s sentence.');
    expect(cartIsGone([{ code: 'CART_COMPLETED' }])).toBe(true);
    expect(cartIsGone([{ code: 'OUT_OF_STOCK' }])).toBe(false);
  });
});

describe('addressInputOf (the checkout’s address form)', () => {
  const filled = {
    name: ' Dana Demo ',
    line1: '1 Main St',
    line2: '',
    city: 'Springfield',
    region: '',
    postalCode: '12345',
    countryCode: 'us',
    phone: '',
  };

  it('trims the values, leaves empty optional fields null and writes the country upper case', () => {
    // Act
    const parsed = addressInputOf(filled);

    // Assess
    expect(parsed).toEqual({
      ok: true,
      address: {
        name: 'Dana Demo',
        line1: '1 Main St',
        line2: null,
        city: 'Springfield',
        region: null,
        postalCode: '12345',
        countryCode: 'US',
        phone: null,
      },
    });
  });

  it('names the first required field left empty, and a country that is not two letters', () => {
    expect(addressInputOf({ ...filled, city: '  ' })).toMatchObject({ ok: false, field: 'city' });
    expect(addressInputOf({ ...filled, countryCode: 'U1' })).toMatchObject({ ok: false, field: 'countryCode' });
  });

  it('shows an address on one line without its empty parts', () => {
    expect(addressLine({ ...filled, name: 'Dana Demo', line2: null, region: null, countryCode: 'US' })).toBe(
      'Dana Demo, 1 Main St, 12345 Springfield, US',
    );
  });
});
