-- 1 gets a category back; 2 gets '' (differs from NULL); 3 is renamed.
INSERT INTO stg_product (product_id, name, category, extracted_at) VALUES
  (1, 'Tent',        'Camping', '2024-01-12 00:00:00'),
  (2, 'Headlamp',    '',        '2024-01-12 00:00:00'),
  (3, 'Gas stove',   NULL,      '2024-01-12 00:00:00');
