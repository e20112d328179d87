import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { CustomerAddressCreateDocument, MyAddressesDocument, type CartShippingAddressUpdateInput } from '../../../generated/web/graphql';
import { ErrorState, Loading } from '../components/ui';
import { problemOf, type Problem } from '../errors';
import type { ServerCart } from '../hooks';
import { ADDRESS_FIELDS, addressInputOf, addressLine, type AddressFieldName } from './addressForm';

const NEW = 'new';

/**
 * Where the order ships: an address of the customer's book (chosen at once), or one entered in full,
 * kept in the book when asked to. `onChoose` sets it on the cart and answers a refusal's message.
 */
export function AddressSection({
  current,
  onChoose,
}: {
  current: ServerCart['shippingAddress'];
  onChoose: (where: Omit<CartShippingAddressUpdateInput, 'cartId'>) => Promise<string | undefined>;
}) {
  const book = useQuery(MyAddressesDocument, { fetchPolicy: 'cache-and-network' });
  const [createAddress] = useMutation(CustomerAddressCreateDocument, { refetchQueries: [MyAddressesDocument] });
  const addresses = book.data?.me?.addresses ?? [];
  const [choice, setChoice] = useState<string>();
  const [invalid, setInvalid] = useState<{ field?: AddressFieldName; message: string }>();
  const [problem, setProblem] = useState<Problem>();
  const [saving, setSaving] = useState(false);
  const chosen = choice ?? current?.id ?? undefined;
  const showForm = chosen === NEW || (Boolean(book.data) && !addresses.length && !current);

  const run = async (act: () => Promise<string | undefined>) => {
    setProblem(undefined);
    setInvalid(undefined);
    setSaving(true);
    try {
      const refused = await act();
      if (refused) setInvalid({ message: refused });
    } catch (caught) {
      setProblem(problemOf(caught));
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries(ADDRESS_FIELDS.map(({ name }) => [name, String(form.get(name) ?? '')]));
    const parsed = addressInputOf(values);
    if (!parsed.ok) {
      setInvalid({ field: parsed.field, message: parsed.message });
      return;
    }
    void run(async () => {
      if (form.get('save') !== 'on') return onChoose({ address: parsed.address });
      const { data } = await createAddress({ variables: { input: { address: parsed.address } } });
      const saved = data?.customerAddressCreate.customerAddress;
      if (!saved?.id) return data?.customerAddressCreate.userErrors[0]?.message ?? 'The address could not be saved.';
      setChoice(saved.id);
      return onChoose({ addressId: saved.id });
    });
  };

  return (
    <section aria-labelledby="address-title" className="checkout-step">
      <h2 id="address-title">Shipping address</h2>
      {current ? (
        <p data-shipping-address>
          Ships to <strong>{addressLine(current)}</strong>
        </p>
      ) : null}
      {!book.data && book.loading ? <Loading what="your addresses" /> : null}
      {addresses.length ? (
        <fieldset>
          <legend>Your addresses</legend>
          {addresses.map((address) => (
            <label key={address.id} className="choice">
              <input
                type="radio"
                name="address"
                value={address.id ?? ''}
                checked={chosen === address.id}
                disabled={saving}
                onChange={() => {
                  setChoice(address.id ?? undefined);
                  void run(() => onChoose({ addressId: address.id }));
                }}
              />
              {addressLine(address)}
            </label>
          ))}
          <label className="choice">
            <input type="radio" name="address" value={NEW} checked={chosen === NEW} onChange={() => setChoice(NEW)} />A new address
          </label>
        </fieldset>
      ) : null}
      {!addresses.length && current && !showForm ? (
        <button type="button" onClick={() => setChoice(NEW)}>
          Ship to another address
        </button>
      ) : null}
      {showForm ? (
        <form className="address-form" onSubmit={submit} noValidate>
          {ADDRESS_FIELDS.map((field) => (
            <label key={field.name}>
              {field.label}
              <input
                name={field.name}
                autoComplete={field.autoComplete}
                maxLength={field.max}
                required={field.required}
                aria-invalid={invalid?.field === field.name || undefined}
                aria-describedby={invalid?.field === field.name ? 'address-problem' : undefined}
              />
            </label>
          ))}
          <label className="choice">
            <input type="checkbox" name="save" /> Save to my address book
          </label>
          <button type="submit" disabled={saving}>
            Ship to this address
          </button>
        </form>
      ) : null}
      {invalid ? (
        <p id="address-problem" className="error" role="alert">
          {invalid.message}
        </p>
      ) : null}
      {problem ? <ErrorState problem={problem} /> : null}
    </section>
  );
}
