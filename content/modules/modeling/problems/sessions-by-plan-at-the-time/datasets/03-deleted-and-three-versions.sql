-- Subscriber 7 moves basic -> standard -> premium; subscriber 8 was deleted on 1 June (closed last
-- version, no current row), so its session on 2 June is 'UNKNOWN', not its last plan. Sessions
-- sit one second either side of each change, and 307 starts exactly at a first valid_from.
INSERT INTO dim_subscriber VALUES
  (20, 7, 'basic',    '2024-01-01 00:00:00', '2024-02-01 00:00:00', 0),
  (21, 7, 'standard', '2024-02-01 00:00:00', '2024-05-01 00:00:00', 0),
  (22, 7, 'premium',  '2024-05-01 00:00:00', NULL,                  1),
  (23, 8, 'standard', '2024-01-15 00:00:00', '2024-06-01 00:00:00', 0);
INSERT INTO fact_sessions VALUES
  (301, 7, '2024-01-31 23:59:59', 100),
  (302, 7, '2024-02-01 00:00:00', 200),
  (303, 7, '2024-04-30 23:00:00', 300),
  (304, 8, '2024-05-31 23:59:59', 400),
  (305, 7, '2024-06-10 10:00:00', 500),
  (306, 8, '2024-06-02 10:00:00', 600),
  (307, 8, '2024-01-15 00:00:00', 700);
