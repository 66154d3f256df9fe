-- NULL keys form one group each (restaurant NULL twice, guest orders twice); keys come back in
-- later batches and must not be counted again.
INSERT INTO batches VALUES (10), (20), (30), (40);
INSERT INTO stream_events VALUES
  (1, 10, 7,    500, 100),
  (2, 10, NULL, 501, 200),
  (3, 20, 7,    NULL, 300),
  (4, 20, NULL, NULL, 400),
  (5, 30, 8,    500, 500),
  (6, 30, 7,    501, 600),
  (7, 40, 7,    500, 700),
  (8, 40, 8,    502, 800);
