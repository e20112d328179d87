import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { AdminCategoriesDocument } from '../../../generated/web/admin/graphql';
import { changedFields, DRAFT_FIELDS, draftOf, type AdminProduct, type DraftField, type ProductDraft } from './productDraft';

type Product = AdminProduct;

/**
 * A save refused with VERSION_CONFLICT: someone saved the product after the admin opened it.
 * Shows what they changed (from the version edited to the current one) beside the admin's own
 * changes, and offers to reload the current version with those changes applied again, or to
 * drop them. Nothing of the admin's was saved.
 */
export function VersionConflict({
  edited,
  current,
  draft,
  onReapply,
  onDiscard,
}: {
  edited: Product;
  current: Product;
  draft: ProductDraft;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const categories = useQuery(AdminCategoriesDocument).data?.categories;
  useEffect(() => ref.current?.focus(), [current.version]);
  const before = draftOf(edited);
  const now = draftOf(current);
  const theirs = changedFields(now, before);
  const mine = changedFields(draft, before);
  const shown = (values: ProductDraft, field: DraftField) =>
    field === 'categoryId'
      ? (categories?.find((category) => category.id === values.categoryId)?.name ?? values.categoryId)
      : values[field].trim() || '(empty)';
  const label = (field: DraftField) => DRAFT_FIELDS.find((entry) => entry.field === field)!.label;
  return (
    <div ref={ref} tabIndex={-1} className="error conflict" role="alert" data-code="VERSION_CONFLICT" aria-labelledby="conflict-title">
      <h3 id="conflict-title">Someone else saved this product while you edited it</h3>
      <p>
        You edited version {edited.version}; it is now at version {current.version}. Your changes are not saved yet.
      </p>
      <h4>What changed meanwhile</h4>
      <ul>
        {theirs.map((field) => (
          <li key={field}>
            {label(field)}: {shown(before, field)} → {shown(now, field)}
            {mine.includes(field) ? ' (you changed it too: yours replaces it if you re-apply)' : ''}
          </li>
        ))}
        {edited.status !== current.status ? (
          <li>
            Status: {edited.status} → {current.status}
          </li>
        ) : null}
        {theirs.length === 0 && edited.status === current.status ? <li>None of the fields shown here.</li> : null}
      </ul>
      <h4>Your changes</h4>
      <ul>
        {mine.map((field) => (
          <li key={field}>
            {label(field)}: {shown(before, field)} → {shown(draft, field)}
          </li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={onReapply}>
        Reload and re-apply my changes
      </button>{' '}
      <button type="button" onClick={onDiscard}>
        Discard my changes
      </button>
    </div>
  );
}
