-- u1 saw ad A twice before clicking (the later impression wins); u2 clicked ad A without having
-- seen it (unattributed); u1's second click comes 9 minutes after an impression of ad B.
INSERT INTO impressions VALUES
  (1, 'A', 'u1', '2024-04-02 09:00:00'),
  (2, 'A', 'u1', '2024-04-02 09:04:00'),
  (3, 'A', 'u3', '2024-04-02 09:05:00'),
  (4, 'B', 'u1', '2024-04-02 09:10:00');
INSERT INTO clicks VALUES
  (100, 'A', 'u1', '2024-04-02 09:06:30'),
  (101, 'A', 'u2', '2024-04-02 09:05:10'),
  (102, 'B', 'u1', '2024-04-02 09:19:00');
