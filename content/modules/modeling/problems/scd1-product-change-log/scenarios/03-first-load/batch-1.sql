-- The dimension starts empty: keys start at 1, in product_id order whatever the row order.
INSERT INTO stg_product (product_id, name, category, extracted_at) VALUES
  (30, 'Chair',  'Office', '2024-08-01 09:00:00'),
  (10, 'Table',  'Office', '2024-08-01 09:00:00'),
  (20, 'Shelf',  NULL,     '2024-08-01 09:00:00');
