-- Several users clicking in the same minutes, rows inserted in time order across users; duplicate
-- timestamps (two clicks in the same second are two clicks, in one session); a user with a
-- single click; a session lasting longer than 30 minutes built from short gaps.
INSERT INTO clicks VALUES
  (1, '2024-07-01 12:00:00'),
  (2, '2024-07-01 12:05:00'),
  (1, '2024-07-01 12:10:00'),
  (1, '2024-07-01 12:10:00'),
  (3, '2024-07-01 12:15:00'),
  (2, '2024-07-01 12:20:00'),
  (4, '2024-07-01 12:30:00'),
  (4, '2024-07-01 12:30:00'),
  (1, '2024-07-01 12:35:00'),
  (2, '2024-07-01 12:40:00'),
  (2, '2024-07-01 13:05:00'),
  (1, '2024-07-01 13:20:00'),
  (1, '2024-07-01 13:20:00'),
  (2, '2024-07-01 13:25:00'),
  (1, '2024-07-01 13:50:00');
