-- user1 is updated, then deleted long ago; user2's latest value sorts before its older one; user3
-- is written once.
INSERT INTO params VALUES ('2024-03-10 12:00:00', 86400);
INSERT INTO topic_log VALUES
  (0, 'user1', 'addr-A', '2024-03-01 08:00:00'),
  (1, 'user2', 'zurich', '2024-03-01 08:00:05'),
  (2, 'user1', 'addr-B', '2024-03-02 09:00:00'),
  (3, 'user1', NULL,     '2024-03-03 10:00:00'),
  (4, 'user3', 'x',      '2024-03-04 11:00:00'),
  (5, 'user2', 'athens', '2024-03-05 12:00:00');
