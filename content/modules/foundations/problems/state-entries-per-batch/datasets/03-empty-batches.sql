-- Batches that delivered nothing: before the first event (all zeros), in the middle (counts carry
-- over), and at the end. Batch ids are not consecutive.
INSERT INTO batches VALUES (1), (2), (5), (6), (9), (12);
INSERT INTO stream_events VALUES
  (1, 2, 1, 900, 100),
  (2, 2, 1, 901, 100),
  (3, 6, 2, 900, 100),
  (4, 6, NULL, 902, 100),
  (5, 9, 1, NULL, 100);
