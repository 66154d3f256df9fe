-- The click stream has delivered nothing: it has no watermark, so the join has none and every
-- impression waits, however old (no wait_s can be computed).
INSERT INTO params VALUES (1, 0, 0);
INSERT INTO impressions VALUES
  (30, 'K', 'p', '2024-05-08 08:00:00'),
  (31, 'K', 'q', '2024-05-08 08:30:00');
