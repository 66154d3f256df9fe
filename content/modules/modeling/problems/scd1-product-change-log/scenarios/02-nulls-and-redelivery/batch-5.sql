-- 4 is renamed; 5 changes category.
INSERT INTO stg_product (product_id, name, category, extracted_at) VALUES
  (4, 'Down sleeping bag', 'Outdoor', '2024-01-13 00:00:00'),
  (5, 'Compass',           'Camping', '2024-01-13 00:00:00');
