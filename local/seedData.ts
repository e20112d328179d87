/** Demo catalog for the local stack: three categories, 36 products (four with options and variants), a few reviews. */
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

/** A demo product's options and its variants beyond the default one (which takes each option's first value and keeps the product's SKU, price and stock). */
export interface SeedVariants {
  readonly options: ReadonlyArray<{ readonly name: string; readonly values: readonly string[] }>;
  readonly variants: ReadonlyArray<{
    readonly sku: string;
    readonly amount: number;
    readonly stock: number;
    readonly selectedOptions: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  }>;
}

/** The demo products with options, by SKU. */
export const SEED_VARIANTS: Readonly<Record<string, SeedVariants>> = {
  'COF-006': {
    options: [{ name: 'Grind', values: ['Whole bean', 'Espresso', 'Filter'] }],
    variants: [
      { sku: 'COF-006-ESP', amount: 1200, stock: 18, selectedOptions: [{ name: 'Grind', value: 'Espresso' }] },
      { sku: 'COF-006-FIL', amount: 1200, stock: 4, selectedOptions: [{ name: 'Grind', value: 'Filter' }] },
    ],
  },
  'COF-007': {
    options: [{ name: 'Size', values: ['250 g', '1 kg'] }],
    variants: [{ sku: 'COF-007-1KG', amount: 4600, stock: 12, selectedOptions: [{ name: 'Size', value: '1 kg' }] }],
  },
  'GEAR-004': {
    options: [
      { name: 'Size', values: ['8-cup', '3-cup'] },
      { name: 'Colour', values: ['Black', 'Copper'] },
    ],
    variants: [
      {
        sku: 'GEAR-004-8-COP',
        amount: 3900,
        stock: 6,
        selectedOptions: [
          { name: 'Size', value: '8-cup' },
          { name: 'Colour', value: 'Copper' },
        ],
      },
      {
        sku: 'GEAR-004-3-BLK',
        amount: 2600,
        stock: 9,
        selectedOptions: [
          { name: 'Size', value: '3-cup' },
          { name: 'Colour', value: 'Black' },
        ],
      },
      {
        sku: 'GEAR-004-3-COP',
        amount: 3100,
        stock: 0,
        selectedOptions: [
          { name: 'Size', value: '3-cup' },
          { name: 'Colour', value: 'Copper' },
        ],
      },
    ],
  },
  'TEA-008': {
    options: [{ name: 'Size', values: ['30 g tin', '100 g bag'] }],
    variants: [{ sku: 'TEA-008-100', amount: 7400, stock: 7, selectedOptions: [{ name: 'Size', value: '100 g bag' }] }],
  },
};

/** Demo discount codes, so the storefront can show one that applies and one with a minimum (created once; a second run finds them taken). */
export const SEED_DISCOUNT_CODES = [
  { code: 'WELCOME10', kind: 'PERCENTAGE', value: 10 },
  { code: 'SHIP5', kind: 'FIXED_AMOUNT', value: 500, currency: 'USD', minimumSubtotal: 3000 },
] as const;
