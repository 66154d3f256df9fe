-- Exact comparison: 'Card' is not 'card' (no row: NULL). An empty-string channel is a value, not
-- missing: it matches only a row whose channel is '' (there is one), not 'UNKNOWN'.
INSERT INTO dim_order_flags VALUES
  (10, 'card', 'N', ''),
  (11, 'card', 'N', 'UNKNOWN'),
  (12, 'card', 'UNKNOWN', 'web');
INSERT INTO stg_orders VALUES
  (300, 'Card', 'N', 'web'),
  (301, 'card', 'N', ''),
  (302, 'card', 'N', NULL),
  (303, 'card', NULL, 'web');
