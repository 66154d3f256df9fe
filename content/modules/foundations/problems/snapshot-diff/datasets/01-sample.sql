-- One of each: 2 changes tier, 3 is gone, 4 is new, 1 is unchanged.
INSERT INTO snapshot_prev VALUES
  (1, 'ana@example.com', 'gold'),
  (2, 'ben@example.com', 'silver'),
  (3, 'cy@example.com',  'silver');
INSERT INTO snapshot_curr VALUES
  (1, 'ana@example.com', 'gold'),
  (2, 'ben@example.com', 'gold'),
  (4, 'dee@example.com', NULL);
