import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { CategoriesDocument } from '../../../generated/web/graphql';
import { ErrorState, Loading } from '../components/ui';
import { problemOf } from '../errors';

export function Home() {
  const { data, loading, error, refetch } = useQuery(CategoriesDocument);
  return (
    <section aria-labelledby="categories-title">
      <h1 id="categories-title">Shop by category</h1>
      {loading ? <Loading what="categories" /> : null}
      {error ? <ErrorState problem={problemOf(error)} onRetry={() => void refetch()} /> : null}
      <ul className="cards">
        {data?.categories.map((category) => (
          <li key={category.id}>
            <Link className="card" to={`/category/${category.id}`}>
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
