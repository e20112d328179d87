/** Demo catalog for the local stack: three categories, 36 products, a few reviews. */
export const DEMO_CUSTOMER = { customerId: 'demo-customer', name: 'Dana Demo', email: 'dana@example.com' };
export const DEMO_ADMIN = { customerId: 'demo-admin', name: 'Alex Admin', email: 'alex@example.com' };
export const OTHER_CUSTOMERS = [
  { customerId: 'demo-reviewer-1', name: 'Robin Reviewer', email: 'robin@example.com' },
  { customerId: 'demo-reviewer-2', name: 'Sam Shopper', email: 'sam@example.com' },
];

export interface SeedProduct {
  readonly sku: string;
  readonly name: string;
  readonly description: string;
  readonly amount: number;
  readonly stock: number;
}

type Row = readonly [name: string, description: string, amount: number];

/** Numbered SKUs (`COF-001`, …) for a category's rows, with a stock that grows along the list. */
function products(prefix: string, rows: readonly Row[], stock: (index: number) => number): SeedProduct[] {
  return rows.map(([name, description, amount], index) => ({
    sku: `${prefix}-${String(index + 1).padStart(3, '0')}`,
    name,
    description,
    amount,
    stock: stock(index),
  }));
}

export const SEED_CATALOG: ReadonlyArray<{ name: string; slug: string; products: SeedProduct[] }> = [
  {
    name: 'Coffee',
    slug: 'coffee',
    products: products(
      'COF',
      [
        ['Ethiopia Yirgacheffe', 'Floral, citrus, tea-like; light roast.', 1650],
        ['Colombia Huila', 'Caramel and red apple; medium roast.', 1450],
        ['Sumatra Mandheling', 'Earthy, cedar, dark chocolate.', 1550],
        ['Kenya AA', 'Blackcurrant and grapefruit, bright acidity.', 1890],
        ['Guatemala Antigua', 'Cocoa and spice, full body.', 1500],
        ['Brazil Cerrado', 'Nutty, low acidity; great for espresso.', 1200],
        ['House Espresso Blend', 'Chocolate and hazelnut crema.', 1350],
        ['Decaf Mexico', 'Swiss-water decaf, milk chocolate.', 1400],
        ['Costa Rica Tarrazu', 'Honey process, stone fruit.', 1700],
        ['Rwanda Nyamasheke', 'Raspberry and black tea.', 1750],
        ['Panama Geisha', 'Jasmine and bergamot; limited lot.', 4200],
        ['Cold Brew Pack', 'Coarse-ground, four filter bags.', 1100],
      ],
      (i) => 20 + i * 5,
    ),
  },
  {
    name: 'Brewing Gear',
    slug: 'brewing-gear',
    products: products(
      'GEAR',
      [
        ['Pour-over Dripper', 'Ceramic cone dripper, size 02.', 2500],
        ['Gooseneck Kettle', '1 litre, temperature control.', 8900],
        ['Burr Grinder', 'Conical burrs, 40 settings.', 14900],
        ['French Press', '8-cup borosilicate glass.', 3400],
        ['Paper Filters', '100 bleached cone filters.', 600],
        ['Digital Scale', '0.1 g resolution with timer.', 2900],
        ['AeroPress', 'Portable press with 350 filters.', 3999],
        ['Moka Pot', 'Six-cup aluminium stovetop.', 3200],
        ['Milk Frother', 'Handheld, rechargeable.', 1900],
        ['Cold Brew Jar', '2 litre with steel filter.', 2800],
        ['Espresso Tamper', '58 mm stainless steel.', 2400],
        ['Travel Mug', 'Vacuum-insulated, 350 ml.', 2200],
      ],
      (i) => 5 + i * 3,
    ),
  },
  {
    name: 'Tea',
    slug: 'tea',
    products: products(
      'TEA',
      [
        ['Sencha', 'Steamed Japanese green tea.', 1300],
        ['Darjeeling First Flush', 'Muscatel, light and floral.', 1800],
        ['Assam Breakfast', 'Malty, strong; takes milk well.', 1000],
        ['Earl Grey', 'Black tea with bergamot oil.', 1100],
        ['Jasmine Pearls', 'Hand-rolled green tea with jasmine.', 2100],
        ['Oolong Tieguanyin', 'Orchid aroma, creamy finish.', 1900],
        ['Rooibos Vanilla', 'Caffeine-free, naturally sweet.', 900],
        ['Matcha Ceremonial', 'Stone-ground, 30 g tin.', 2600],
        ['Chamomile', 'Whole flowers, caffeine-free.', 800],
        ['Peppermint', 'Cooling, single-origin leaves.', 750],
        ['Lapsang Souchong', 'Pine-smoked black tea.', 1250],
        ['Genmaicha', 'Green tea with toasted rice.', 1150],
      ],
      (i) => 30 + i * 2,
    ),
  },
];

export const SEED_REVIEWS: ReadonlyArray<{ sku: string; customerId: string; rating: number; title: string; body?: string }> = [
  { sku: 'COF-001', customerId: 'demo-reviewer-1', rating: 5, title: 'Like drinking a flower', body: 'Bright and clean as a pour-over.' },
  { sku: 'COF-001', customerId: 'demo-reviewer-2', rating: 4, title: 'Lovely, a bit light for me' },
  { sku: 'COF-007', customerId: 'demo-reviewer-1', rating: 5, title: 'Our café staple', body: 'Pulls sweet shots every time.' },
  { sku: 'GEAR-003', customerId: 'demo-reviewer-2', rating: 4, title: 'Consistent grind', body: 'A little loud, but very even.' },
  { sku: 'GEAR-002', customerId: 'demo-reviewer-1', rating: 5, title: 'Pours precisely' },
  { sku: 'TEA-005', customerId: 'demo-reviewer-2', rating: 5, title: 'Unfurls beautifully', body: 'Three good infusions per pot.' },
  { sku: 'TEA-004', customerId: 'demo-reviewer-1', rating: 3, title: 'Good, not great' },
];
