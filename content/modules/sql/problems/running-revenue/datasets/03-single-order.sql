-- A single order: one date, whose running total is its own day total.
INSERT INTO orders VALUES
  (7, '2024-05-17', 4321);
