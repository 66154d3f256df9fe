-- X (ACC) gets a newer pane; Y (DISC) gets a delta with a lower seq than it has seen (still added);
-- an old applied pane (101) comes again; a new window Z starts.
INSERT INTO panes VALUES
  (103, 'X', '2024-07-01 00:00:00', 'ACC', 41, 3),
  (101, 'X', '2024-07-01 00:00:00', 'ACC', 30, 1),
  (203, 'Y', '2024-07-01 00:00:00', 'DISC', 5, 3),
  (301, 'Z', '2024-07-01 00:05:00', 'DISC', 2, 1);
