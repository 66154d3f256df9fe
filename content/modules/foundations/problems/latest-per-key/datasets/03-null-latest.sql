-- The latest row clears fields that older rows had: the answer keeps the NULLs. One customer has
-- a single update; one has its newest row inserted first.
INSERT INTO customer_updates VALUES
  (1, 7, 'keep@old.example', '555-7000', '2024-01-01 00:00:00'),
  (2, 7, NULL,               NULL,       '2024-01-05 00:00:00'),
  (3, 8, 'only@one.example', NULL,       '2024-01-02 00:00:00'),
  (9, 9, 'newest@n.example', '555-9999', '2024-02-01 00:00:00'),
  (4, 9, 'mid@n.example',    '555-9998', '2024-01-15 00:00:00'),
  (5, 9, NULL,               '555-9997', '2024-01-10 00:00:00'),
  (6, 7, 'between@old.example', '555-7001', '2024-01-03 00:00:00');
