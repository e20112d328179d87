import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { AdminProductOptionsSetDocument } from '../../../generated/web/admin/graphql';
import { AdminError, InputProblem } from './AdminError';
import { Announcement } from './Announcement';
import { FieldProblem } from './FieldProblem';
import {
  messageFor,
  optionDraftsOf,
  optionsInputOf,
  placeError,
  unplaced,
  type OptionDraft,
  type PlacedError,
  type VariantsProduct,
} from './variantDrafts';

const MAX_OPTIONS = 3;

/**
 * The product's options (Size: S, M, L), set together with productOptionsSet from the version they
 * were edited from. A refusal is shown beside the option field it names; nothing was written then.
 */
export function OptionsSection({ product }: { product: VariantsProduct }) {
  const id = useId();
  const [setOptions, { loading }] = useMutation(AdminProductOptionsSetDocument);
  const [drafts, setDrafts] = useState<OptionDraft[]>(() => optionDraftsOf(product.options));
  const [errors, setErrors] = useState<PlacedError[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [message, setMessage] = useState('');

  /** The options this edit started from. */
  const [edited, setEdited] = useState(product.options);
  const untouched = JSON.stringify(drafts) === JSON.stringify(optionDraftsOf(edited));

  // the options changed meanwhile (saved elsewhere, read again after a stale version) while nothing here was edited: edit those
  useEffect(() => {
    if (untouched && JSON.stringify(product.options) !== JSON.stringify(edited)) {
      setEdited(product.options);
      setDrafts(optionDraftsOf(product.options));
    }
  }, [product.options, edited, untouched]);

  const change = (index: number, next: Partial<OptionDraft>) => setDrafts(drafts.map((draft, at) => (at === index ? { ...draft, ...next } : draft)));

  const send = async () => {
    setFailure(undefined);
    setErrors([]);
    setMessage('');
    try {
      const { data } = await setOptions({
        variables: { input: { productId: product.id, options: optionsInputOf(drafts), expectedVersion: product.version } },
      });
      if (!data) return;
      const { product: saved, userErrors } = data.productOptionsSet;
      if (userErrors.length) setErrors(userErrors.map(placeError));
      else if (saved) {
        setEdited(saved.options);
        setDrafts(optionDraftsOf(saved.options));
        setMessage(`Options saved: ${saved.options.map((option) => `${option.name} (${option.values.join(', ')})`).join('; ') || 'none'}.`);
      }
    } catch (error) {
      setFailure(error);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send();
  };

  const general = unplaced(errors, ['name', 'values']);
  return (
    <section aria-labelledby="options-title">
      <h2 id="options-title">Options</h2>
      <p className="hint">Up to {MAX_OPTIONS} options, such as Size or Colour; each variant has one value of each.</p>
      <form className="admin-form" onSubmit={submit}>
        {drafts.map((draft, index) => {
          const nameError = messageFor(errors, 'name', index);
          const valuesError = messageFor(errors, 'values', index);
          return (
            <fieldset key={index}>
              <legend>Option {index + 1}</legend>
              <label htmlFor={`${id}-${index}-name`}>Option name</label>
              <input
                id={`${id}-${index}-name`}
                value={draft.name}
                onChange={(event) => change(index, { name: event.target.value })}
                required
                maxLength={50}
                aria-invalid={nameError ? true : undefined}
                aria-describedby={nameError ? `${id}-${index}-name-error` : undefined}
              />
              <FieldProblem id={`${id}-${index}-name-error`} message={nameError} />
              <label htmlFor={`${id}-${index}-values`}>Values</label>
              <input
                id={`${id}-${index}-values`}
                value={draft.values}
                onChange={(event) => change(index, { values: event.target.value })}
                required
                aria-invalid={valuesError ? true : undefined}
                aria-describedby={`${id}-${index}-values-hint${valuesError ? ` ${id}-${index}-values-error` : ''}`}
              />
              <small id={`${id}-${index}-values-hint`} className="hint">
                Separated by commas, in the order the shop shows them: S, M, L.
              </small>
              <FieldProblem id={`${id}-${index}-values-error`} message={valuesError} />
              <button type="button" onClick={() => setDrafts(drafts.filter((_, at) => at !== index))}>
                Remove option {index + 1}
              </button>
            </fieldset>
          );
        })}
        {drafts.length < MAX_OPTIONS ? (
          <button type="button" onClick={() => setDrafts([...drafts, { name: '', values: '' }])}>
            Add an option
          </button>
        ) : null}
        {general ? <InputProblem message={general} /> : null}
        {failure ? <AdminError error={failure} onRetry={() => void send()} /> : null}
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Saving…' : 'Save options'}
        </button>
        <Announcement message={message} />
      </form>
    </section>
  );
}
