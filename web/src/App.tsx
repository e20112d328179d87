import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Route, Routes } from 'react-router';
import type { ApolloClient } from '@apollo/client';
import type { Auth } from './auth';
import { Layout } from './components/Layout';
import { AuthContext } from './hooks';
import { CartPage } from './pages/CartPage';
import { CategoryPage } from './pages/CategoryPage';
import { Home } from './pages/Home';
import { OrdersPage } from './pages/OrdersPage';
import { ProductPage } from './pages/ProductPage';
import { SearchPage } from './pages/SearchPage';
import { CallbackPage, SignInPage } from './pages/SignInPage';

export function App({ client, auth }: { client: ApolloClient; auth: Auth }) {
  return (
    <AuthContext.Provider value={auth}>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <Layout>
            <Routes>
              <Route path="/" element={<Home />} />
              <Route path="/category/:id" element={<CategoryPage />} />
              <Route path="/product/:id" element={<ProductPage />} />
              <Route path="/search" element={<SearchPage />} />
              <Route path="/cart" element={<CartPage />} />
              <Route path="/orders" element={<OrdersPage />} />
              <Route path="/signin" element={<SignInPage />} />
              <Route path="/callback" element={<CallbackPage />} />
              <Route path="*" element={<p>This page does not exist.</p>} />
            </Routes>
          </Layout>
        </BrowserRouter>
      </ApolloProvider>
    </AuthContext.Provider>
  );
}
