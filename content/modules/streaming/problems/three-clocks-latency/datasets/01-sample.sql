-- Four events: two ordinary ones, one from a phone that was offline for an hour, and one from a
-- device whose clock runs a second fast.
INSERT INTO events VALUES
  (1, '2024-04-17T23:58:10Z', '2024-04-17 23:58:11', '2024-04-17 23:58:13'),
  (2, '2024-04-17T23:59:55Z', '2024-04-18 00:00:02', '2024-04-18 00:00:03'),
  (3, '2024-04-17T23:41:00Z', '2024-04-18 00:47:30', '2024-04-18 00:47:31'),
  (4, '2024-04-18T00:00:20Z', '2024-04-18 00:00:19', '2024-04-18 00:00:21');
