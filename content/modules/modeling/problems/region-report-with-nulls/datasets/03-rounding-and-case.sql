-- An average that needs rounding (10, 0, 0 -> 3.33), a status 'cancelled' in lower case (not
-- exactly 'CANCELLED', so not cancelled), and a region with no coupons at all (0).
INSERT INTO orders VALUES
  (20, 'central', 'SHIPPED',   10,   NULL),
  (21, 'central', 'cancelled', NULL, NULL),
  (22, 'central', 'CANCELLED', 0,    NULL),
  (23, 'coast',   NULL,        25,   'X'),
  (24, 'coast',   NULL,        NULL, 'Y');
