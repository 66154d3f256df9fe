-- A discarding window fires three times; pane 12 arrives twice in this slice.
INSERT INTO panes VALUES
  (11, 'D', '2024-06-01 08:00:00', 'DISC', 10, 1),
  (12, 'D', '2024-06-01 08:00:00', 'DISC', 4, 2),
  (12, 'D', '2024-06-01 08:00:00', 'DISC', 4, 2),
  (21, 'A', '2024-06-01 08:00:00', 'ACC', 10, 1),
  (23, 'A', '2024-06-01 08:00:00', 'ACC', 15, 3);
