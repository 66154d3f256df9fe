-- A's seq-2 pane arrives after seq 3 (no change to the total); D's third delta is added.
INSERT INTO panes VALUES
  (22, 'A', '2024-06-01 08:00:00', 'ACC', 14, 2),
  (13, 'D', '2024-06-01 08:00:00', 'DISC', 1, 3);
