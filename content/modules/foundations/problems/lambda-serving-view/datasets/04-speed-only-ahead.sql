-- The batch has not produced anything yet; every speed day after the cutoff comes from speed,
-- including one whose events net to zero.
INSERT INTO batch_meta VALUES (1, '2025-01-01');
INSERT INTO speed_events VALUES
  (1, '2025-01-01 12:00:00', 500),
  (2, '2025-01-02 12:00:00', 300),
  (3, '2025-01-02 12:30:00', 300),
  (4, '2025-01-03 08:00:00', 200),
  (5, '2025-01-03 09:00:00', -200),
  (2, '2025-01-02 12:00:00', 300);
