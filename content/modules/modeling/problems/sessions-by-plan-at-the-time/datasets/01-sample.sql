-- The sample: subscriber 1 upgrades from basic to premium on 10 March; their February session is a
-- basic session even though premium is current. Subscriber 2 has one open version.
INSERT INTO dim_subscriber VALUES
  (1, 1, 'basic',    '2024-01-01 00:00:00', '2024-03-10 09:00:00', 0),
  (2, 1, 'premium',  '2024-03-10 09:00:00', NULL,                  1),
  (3, 2, 'standard', '2024-02-01 00:00:00', NULL,                  1);
INSERT INTO fact_sessions VALUES
  (100, 1, '2024-02-14 20:00:00', 3600000),
  (101, 1, '2024-03-12 21:30:00', 1800000),
  (102, 2, '2024-03-01 19:00:00',  600000),
  (103, 1, '2024-03-20 08:00:00',  900000);
