-- Key ranges that barely overlap: mostly inserts and deletes, one unchanged key in the middle.
INSERT INTO snapshot_prev VALUES
  (1, 'a@example.com', 'gold'),
  (2, 'b@example.com', NULL),
  (5, 'e@example.com', 'gold');
INSERT INTO snapshot_curr VALUES
  (5, 'e@example.com', 'gold'),
  (7, NULL,            NULL),
  (8, 'h@example.com', 'silver');
