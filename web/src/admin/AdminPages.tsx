import { NavLink, Route, Routes } from 'react-router';
import { CategoriesPage } from './CategoriesPage';
import { LowStockPage } from './LowStockPage';
import { OrdersPage } from './OrdersPage';
import { ProductCreatePage } from './ProductCreatePage';
import { ProductEditorPage } from './ProductEditorPage';
import { ProductsPage } from './ProductsPage';
import './admin.css';

/**
 * The admin pages under /admin: a chunk of their own, loaded only when one is opened (App.tsx),
 * so a shopper's browser never downloads them. They do not decide who is an admin: every
 * operation goes with the signed-in token, and the API answers UNAUTHENTICATED or FORBIDDEN to
 * anyone else, which the pages show.
 */
export default function AdminPages() {
  return (
    <div className="admin">
      <nav aria-label="Admin" className="admin-nav">
        <NavLink to="/admin" end>
          Low stock
        </NavLink>
        <NavLink to="/admin/products">Products</NavLink>
        <NavLink to="/admin/categories">Categories</NavLink>
        <NavLink to="/admin/orders">Orders</NavLink>
      </nav>
      <Routes>
        <Route index element={<LowStockPage />} />
        <Route path="products" element={<ProductsPage />} />
        <Route path="products/new" element={<ProductCreatePage />} />
        <Route path="products/:id" element={<ProductEditorPage />} />
        <Route path="categories" element={<CategoriesPage />} />
        <Route path="orders" element={<OrdersPage />} />
        <Route path="*" element={<p>This admin page does not exist.</p>} />
      </Routes>
    </div>
  );
}
