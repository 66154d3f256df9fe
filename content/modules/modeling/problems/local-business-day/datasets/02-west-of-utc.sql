-- A store at UTC-05:00: a sale at 03:00 UTC on 2 March is 22:00 local on 1 March (the sign of the
-- offset matters, and '+' || -300 makes an invalid modifier). A sale at exactly 05:00:00 UTC is
-- local midnight: it starts 2 March. Store 3 is at UTC+00:00.
INSERT INTO stores VALUES (2, -300), (3, 0);
INSERT INTO sales VALUES
  (10, 2, '2024-03-02 03:00:00', 700),
  (11, 2, '2024-03-02 04:59:59', 300),
  (12, 2, '2024-03-02 05:00:00', 100),
  (13, 2, '2024-03-02 20:00:00', 900),
  (14, 3, '2024-03-02 00:00:00', 50),
  (15, 3, '2024-03-01 23:59:59', 60);
