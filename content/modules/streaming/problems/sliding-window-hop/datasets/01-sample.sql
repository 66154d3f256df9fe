-- Four payments; 10:05:00 sits exactly on a five-minute mark.
INSERT INTO payments VALUES
  (1, '2024-02-01 10:01:00', 1000),
  (2, '2024-02-01 10:05:00', 250),
  (3, '2024-02-01 10:07:30', 400),
  (4, '2024-02-01 10:18:00', -100);
