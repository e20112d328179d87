import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { AdminProductDocument, AdminUpdateProductDocument } from '../../../generated/web/admin/graphql';
import { AdminError, InputProblem } from './AdminError';
import { adminProblemOf } from './adminProblem';
import { Announcement } from './Announcement';
import { ProductFields } from './ProductFields';
import { changedFields, draftOf, draftProblem, rebase, updateInputOf, type AdminProduct, type ProductDraft } from './productDraft';
import { VersionConflict } from './VersionConflict';

type Product = AdminProduct;

/**
 * The product's own fields, edited with optimistic concurrency: a save sends only the changed
 * fields with the version they were edited from (`expectedVersion`). When someone saved the
 * product meanwhile (VERSION_CONFLICT), it loads the current version and shows what changed,
 * and the admin reloads it with their changes applied again, or drops them.
 */
export function ProductDetailsSection({ product }: { product: Product }) {
  const client = useApolloClient();
  const [update, { loading }] = useMutation(AdminUpdateProductDocument);
  /** The version this edit started from. */
  const [edited, setEdited] = useState(product);
  const [draft, setDraft] = useState(() => draftOf(product));
  const [current, setCurrent] = useState<Product>();
  const [invalid, setInvalid] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [message, setMessage] = useState('');
  const untouched = changedFields(draft, draftOf(edited)).length === 0;

  // a newer version arrived while nothing here was edited (archived, saved elsewhere in the page): edit that one
  useEffect(() => {
    if (product.version > edited.version && untouched && !current) {
      setEdited(product);
      setDraft(draftOf(product));
    }
  }, [product, edited.version, untouched, current]);

  const load = (next: Product, nextDraft: ProductDraft, announce: string) => {
    setEdited(next);
    setDraft(nextDraft);
    setCurrent(undefined);
    setMessage(announce);
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(undefined);
    setMessage('');
    const problem = draftProblem(draft);
    setInvalid(problem);
    if (problem) return;
    const input = updateInputOf(draft, draftOf(edited));
    if (!input) {
      setMessage('Nothing to save: no field was changed.');
      return;
    }
    try {
      const { data } = await update({ variables: { id: product.id, input, expectedVersion: edited.version } });
      if (data)
        load(data.updateProduct, draftOf(data.updateProduct), `Saved: ${data.updateProduct.name} is at version ${data.updateProduct.version}.`);
    } catch (error) {
      if (adminProblemOf(error).code !== 'VERSION_CONFLICT') {
        setFailure(error);
        return;
      }
      try {
        const { data } = await client.query({ query: AdminProductDocument, variables: { id: product.id }, fetchPolicy: 'network-only' });
        if (data?.product) setCurrent(data.product);
        else setFailure(error);
      } catch (reloadError) {
        setFailure(reloadError);
      }
    }
  };

  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      <form className="admin-form" onSubmit={(event) => void save(event)}>
        <fieldset>
          <legend>
            Product details, version {edited.version}
            {current ? ` (now at ${current.version})` : ''}
          </legend>
          <ProductFields draft={draft} onChange={setDraft} />
        </fieldset>
        {current ? (
          <VersionConflict
            edited={edited}
            current={current}
            draft={draft}
            onReapply={() =>
              load(
                current,
                rebase(draft, draftOf(edited), draftOf(current)),
                `Loaded version ${current.version} with your changes applied again: review them and save.`,
              )
            }
            onDiscard={() => load(current, draftOf(current), `Loaded version ${current.version}; your changes were dropped.`)}
          />
        ) : null}
        {invalid ? <InputProblem message={invalid} /> : null}
        {failure ? <AdminError error={failure} /> : null}
        <button type="submit" className="primary" disabled={loading || Boolean(current)}>
          {loading ? 'Saving…' : 'Save changes'}
        </button>
        <Announcement message={message} />
      </form>
    </section>
  );
}
