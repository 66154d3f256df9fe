-- An hour's bound across midnight: the watermark falls on the previous day, and a late record from
-- before midnight is judged against it. A single previous record (not a running maximum) would
-- miss that arrival 4 is late: the record just before it is older.
INSERT INTO params VALUES (1, 3600);
INSERT INTO arrivals VALUES
  (1, 'n1', '2024-06-30 23:30:00'),
  (2, 'n2', '2024-07-01 00:45:00'),
  (3, 'n3', '2024-06-30 23:50:00'),
  (4, 'n4', '2024-06-30 23:44:59'),
  (5, 'n5', '2024-06-30 23:45:00'),
  (6, 'n6', '2024-07-01 00:10:00');
