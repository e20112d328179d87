import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { SearchSuggestionsDocument } from '../../../generated/web/graphql';
import { formatMoney } from '../../../core/money';

/** How long typing must pause before suggestions are asked for. */
const DEBOUNCE_MS = 250;
/** Suggestions start at this many characters. */
const MIN_SUGGEST_LENGTH = 2;

/** The value, once it has stopped changing for `ms`. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The header's search box: suggestions as the shopper types (by GET, so the stage cache serves them), Enter for the results page. */
export function SearchBox() {
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const onResults = location.pathname === '/search';
  const [text, setText] = useState(onResults ? (params.get('q') ?? '') : '');
  const [open, setOpen] = useState(false);
  const listId = useId();
  const debounced = useDebounced(text.trim(), DEBOUNCE_MS);
  const skip = !open || debounced.length < MIN_SUGGEST_LENGTH;
  const { data } = useQuery(SearchSuggestionsDocument, { variables: { query: debounced }, skip });
  const suggestions = skip ? [] : (data?.searchProducts.edges ?? []);

  // leaving a page closes the suggestions
  useEffect(() => setOpen(false), [location.pathname, location.search]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOpen(false);
    const query = text.trim();
    void navigate(query ? `/search?${new URLSearchParams({ q: query })}` : '/search');
  };

  return (
    <form role="search" className="search-box" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search products
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        placeholder="Search products"
        value={text}
        maxLength={200}
        autoComplete="off"
        aria-describedby={`${listId}-status`}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
      />
      <button type="submit">Search</button>
      <p id={`${listId}-status`} className="visually-hidden" aria-live="polite">
        {suggestions.length ? `${suggestions.length} suggestions below` : ''}
      </p>
      {suggestions.length ? (
        <ul className="suggestions" aria-label="Suggestions">
          {suggestions.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/product/${node.id}`}>
                {node.name} <span className="price">{formatMoney(node.price)}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
