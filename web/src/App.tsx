import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import type { ApolloClient } from '@apollo/client';
import type { Auth } from './auth';
import { PaymentsContext } from './checkout/paymentsConfig';
import { CartKeeper } from './components/CartKeeper';
import { Layout } from './components/Layout';
import { ErrorState, Loading } from './components/ui';
import { AuthContext } from './hooks';
import { CartPage } from './pages/CartPage';
import { CategoryPage } from './pages/CategoryPage';
import { CheckoutPage } from './pages/CheckoutPage';
import { Home } from './pages/Home';
import { OrderPage } from './pages/OrderPage';
import { OrdersPage } from './pages/OrdersPage';
import { ProductPage } from './pages/ProductPage';
import { SearchPage } from './pages/SearchPage';
import { CallbackPage, SignInPage } from './pages/SignInPage';
import type { StoreConfig } from './config';

/**
 * The admin pages: a chunk of their own, loaded when /admin is opened, never with the shop's pages.
 * A chunk that fails to load (offline, a build replaced meanwhile) says so instead of a blank page.
 */
const AdminPages = lazy(() =>
  import('./admin/AdminPages').catch(() => ({
    default: () => (
      <ErrorState
        problem={{ code: 'NETWORK', message: 'The admin pages could not be loaded. Check your connection and reload the page.', retryable: false }}
      />
    ),
  })),
);

export function App({ client, auth, payments }: { client: ApolloClient; auth: Auth; payments: StoreConfig['payments'] }) {
  return (
    <AuthContext.Provider value={auth}>
      <PaymentsContext.Provider value={payments}>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <CartKeeper />
            <Layout>
              <Routes>
                <Route path="/" element={<Home />} />
                <Route path="/category/:id" element={<CategoryPage />} />
                <Route path="/product/:id" element={<ProductPage />} />
                <Route path="/search" element={<SearchPage />} />
                <Route path="/cart" element={<CartPage />} />
                <Route path="/checkout" element={<CheckoutPage />} />
                <Route path="/orders" element={<OrdersPage />} />
                <Route path="/orders/:id" element={<OrderPage />} />
                <Route path="/signin" element={<SignInPage />} />
                <Route path="/callback" element={<CallbackPage />} />
                <Route
                  path="/admin/*"
                  element={
                    <Suspense fallback={<Loading what="the admin pages" />}>
                      <AdminPages />
                    </Suspense>
                  }
                />
                <Route path="*" element={<p>This page does not exist.</p>} />
              </Routes>
            </Layout>
          </BrowserRouter>
        </ApolloProvider>
      </PaymentsContext.Provider>
    </AuthContext.Provider>
  );
}
