-- Keys written many times, interleaved; values that do not sort in write order; an empty-string
-- value (a real value, not a tombstone); a key whose only record is an old tombstone.
INSERT INTO params VALUES ('2024-01-20 00:00:00', 0);
INSERT INTO topic_log VALUES
  (100, 'b', 'm',  '2024-01-19 00:00:00'),
  (101, 'a', 'z',  '2024-01-19 00:00:01'),
  (102, 'b', 'c',  '2024-01-19 00:00:02'),
  (103, 'a', 'y',  '2024-01-19 00:00:03'),
  (104, 'c', '',   '2024-01-19 00:00:04'),
  (105, 'b', 'k',  '2024-01-19 00:00:05'),
  (106, 'd', NULL, '2024-01-19 00:00:06'),
  (107, 'e', NULL, '2024-01-20 00:00:00');
