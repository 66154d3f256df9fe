-- No versions at all: every event keeps its row, with no plan either way.
INSERT INTO events VALUES
  (20, 'u7', '2024-04-01 10:00:00', '2024-04-01 10:00:03'),
  (21, 'u8', '2024-04-01 11:00:00', '2024-04-01 11:00:03');
