import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useAuth, useCartQuantity, useSession } from '../hooks';
import { SearchBox } from './SearchBox';

export function Layout({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const session = useSession();
  const items = useCartQuantity();
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header>
        <Link to="/" className="brand">
          Storefront
        </Link>
        <SearchBox />
        <nav aria-label="Main">
          <NavLink to="/">Shop</NavLink>
          <NavLink to="/cart">Cart ({items})</NavLink>
          {session ? <NavLink to="/orders">My orders</NavLink> : null}
          {/* the token's group, unverified, only decides whether the link shows: the API decides what an admin operation answers */}
          {session?.admin ? <NavLink to="/admin">Admin</NavLink> : null}
          {session ? (
            <button type="button" className="link" onClick={() => void auth.signOut()}>
              Sign out {session.name}
            </button>
          ) : (
            <NavLink to="/signin">Sign in</NavLink>
          )}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
