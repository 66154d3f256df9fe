-- The first night: yesterday's snapshot is empty, so every customer is inserted.
INSERT INTO snapshot_curr VALUES
  (1, 'a@example.com', 'gold'),
  (2, NULL,            NULL);
