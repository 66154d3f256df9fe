-- 1 loses its category (value -> NULL); 2 stays NULL (no change); 3 goes from '' to NULL (a
-- change); 4 unchanged; 6 and 5 are new (written out of product_id order).
INSERT INTO stg_product (product_id, name, category, extracted_at) VALUES
  (1, 'Tent',         NULL,      '2024-01-11 00:00:00'),
  (2, 'Headlamp',     NULL,      '2024-01-11 00:00:00'),
  (3, 'Stove',        NULL,      '2024-01-11 00:00:00'),
  (4, 'Sleeping bag', 'Outdoor', '2024-01-11 00:00:00'),
  (6, 'Mug',          'Kitchen', '2024-01-11 00:00:00'),
  (5, 'Compass',      'Outdoor', '2024-01-11 00:00:00');
