-- Records but no barrier: no checkpoint, no rows.
INSERT INTO channel_input VALUES
  (1, 'A', 'record', NULL, 1),
  (2, 'B', 'record', NULL, 2);
