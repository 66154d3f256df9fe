-- Keys with gaps (products were removed long ago): new keys continue after 40.
INSERT INTO dim_product (product_sk, product_id, name, category, last_extract) VALUES
  (7,  1, 'Tent',       'Outdoor', '2024-01-10 00:00:00'),
  (12, 2, 'Headlamp',   NULL,      '2024-01-10 00:00:00'),
  (40, 3, 'Stove',      '',        '2024-01-10 00:00:00'),
  (41, 4, 'Sleeping bag','Outdoor','2024-01-10 00:00:00');
