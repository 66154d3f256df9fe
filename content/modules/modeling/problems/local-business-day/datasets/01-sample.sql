-- The sample: a store at UTC+01:00. The sale at 23:30 UTC on 1 March is 00:30 local on 2 March;
-- the two others stay on 1 March.
INSERT INTO stores VALUES (1, 60);
INSERT INTO sales VALUES
  (1, 1, '2024-03-01 09:15:00', 1200),
  (2, 1, '2024-03-01 17:40:00',  800),
  (3, 1, '2024-03-01 23:30:00',  500);
