-- Timestamp ties inserted in both id orders: the tie-break must use update_id, not insertion
-- order or the physical position of a row.
INSERT INTO customer_updates VALUES
  (21, 1, 'first@a.example',  '1', '2024-05-01 12:00:00'),
  (20, 1, 'second@a.example', '2', '2024-05-01 12:00:00'),
  (30, 2, 'x@b.example',      '3', '2024-05-01 12:00:00'),
  (31, 2, 'y@b.example',      '4', '2024-05-01 12:00:00'),
  (5,  2, 'older@b.example',  '5', '2024-04-30 23:59:59'),
  (40, 3, 'solo@c.example',   '6', '2024-05-02 00:00:00'),
  (52, 4, 'late@d.example',   '7', '2024-05-03 10:00:00'),
  (51, 4, 'early@d.example',  '8', '2024-05-03 10:00:00'),
  (50, 4, 'earliest@d.example','9','2024-05-03 10:00:00'),
  (60, 4, 'old@d.example',    '10','2024-05-01 10:00:00');
