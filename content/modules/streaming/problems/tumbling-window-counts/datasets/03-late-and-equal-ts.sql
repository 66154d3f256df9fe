-- Late arrivals and ties: two plays of one title in the same second (both count); a play whose
-- ingestion time is in the next window; titles whose ids sort differently from their first event;
-- an hour with a single play.
INSERT INTO plays VALUES
  (20, '2024-06-10 08:15:00', '2024-06-10 08:15:01', 'zeta', 100),
  (21, '2024-06-10 08:15:00', '2024-06-10 08:15:02', 'zeta', 200),
  (22, '2024-06-10 08:19:58', '2024-06-10 08:21:30', 'alpha', 300),
  (23, '2024-06-10 08:20:00', '2024-06-10 08:20:05', 'alpha', 400),
  (24, '2024-06-10 08:16:10', '2024-06-10 08:16:11', 'alpha', 500),
  (25, '2024-06-10 09:44:44', '2024-06-10 10:02:00', 'zeta', 600),
  (26, '2024-06-10 08:24:59', '2024-06-10 08:25:00', 'zeta', 700),
  (27, '2024-06-10 08:10:00', '2024-06-10 08:17:00', 'alpha', 800);
