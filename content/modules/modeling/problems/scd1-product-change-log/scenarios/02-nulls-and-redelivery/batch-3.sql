-- batch-1 delivered again after batch-2: every extract is old, nothing changes, nothing is logged.
INSERT INTO stg_product (product_id, name, category, extracted_at) VALUES
  (1, 'Tent',         NULL,      '2024-01-11 00:00:00'),
  (2, 'Headlamp',     NULL,      '2024-01-11 00:00:00'),
  (3, 'Stove',        NULL,      '2024-01-11 00:00:00'),
  (4, 'Sleeping bag', 'Outdoor', '2024-01-11 00:00:00'),
  (6, 'Mug',          'Kitchen', '2024-01-11 00:00:00'),
  (5, 'Compass',      'Outdoor', '2024-01-11 00:00:00');
