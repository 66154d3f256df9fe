-- One payment alone (two windows), then another an hour later; two payments in the same second.
INSERT INTO payments VALUES
  (30, '2024-07-04 06:02:03', 500),
  (31, '2024-07-04 07:12:00', 300),
  (32, '2024-07-04 07:12:00', 300);
