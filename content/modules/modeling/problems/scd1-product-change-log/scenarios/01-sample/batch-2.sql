-- 502 moves to 'Lighting'; 500 unchanged.
INSERT INTO stg_product (product_id, name, category, extracted_at) VALUES
  (500, 'Electric kettle', 'Kitchen',  '2024-04-03 06:00:00'),
  (502, 'Desk lamp',       'Lighting', '2024-04-03 06:00:00');
