-- Three products; the coffee grinder has no category yet.
INSERT INTO dim_product (product_sk, product_id, name, category, last_extract) VALUES
  (1, 500, 'Kettle',         'Kitchen', '2024-04-01 06:00:00'),
  (2, 501, 'Coffee grinder', NULL,      '2024-04-01 06:00:00'),
  (3, 502, 'Desk lamp',      'Office',  '2024-04-01 06:00:00');
