import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { AdminCategoriesDocument, AdminCreateCategoryDocument } from '../../../generated/web/admin/graphql';
import { Loading } from '../components/ui';
import { AdminError } from './AdminError';
import { Announcement } from './Announcement';

/** Every category, and a new one (`createCategory`: the slug is unique). */
export function CategoriesPage() {
  const id = useId();
  const { data, loading, error, refetch } = useQuery(AdminCategoriesDocument, { fetchPolicy: 'cache-and-network' });
  const [create, created] = useMutation(AdminCreateCategoryDocument, {
    refetchQueries: [{ query: AdminCategoriesDocument }],
    awaitRefetchQueries: true,
  });
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [message, setMessage] = useState('');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage('');
    const result = await create({ variables: { input: { name: name.trim(), slug: slug.trim() } } }).catch(() => undefined);
    const category = result?.data?.createCategory;
    if (category) {
      setName('');
      setSlug('');
      setMessage(`Created the category ${category.name} (${category.slug}).`);
    }
  };

  return (
    <section aria-labelledby="categories-title">
      <h1 id="categories-title">Categories</h1>
      {loading && !data ? <Loading what="categories" /> : null}
      {error ? <AdminError error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <table className="admin-table">
          <caption>Every category, by slug</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Slug</th>
            </tr>
          </thead>
          <tbody>
            {data.categories.map((category) => (
              <tr key={category.id}>
                <td>
                  <Link to={`/admin/products?category=${category.id}`}>{category.name}</Link>
                </td>
                <td>{category.slug}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="admin-form" onSubmit={(event) => void submit(event)}>
        <fieldset>
          <legend>New category</legend>
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
          <label htmlFor={`${id}-slug`}>Slug</label>
          <input
            id={`${id}-slug`}
            value={slug}
            onChange={(event) => setSlug(event.target.value)}
            required
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            aria-describedby={`${id}-slug-hint`}
          />
          <small id={`${id}-slug-hint`} className="hint">
            Lowercase letters, digits and dashes, unique: part of the category’s address.
          </small>
        </fieldset>
        {created.error ? <AdminError error={created.error} /> : null}
        <button type="submit" className="primary" disabled={created.loading}>
          {created.loading ? 'Creating…' : 'Create category'}
        </button>
        <Announcement message={message} />
      </form>
    </section>
  );
}
