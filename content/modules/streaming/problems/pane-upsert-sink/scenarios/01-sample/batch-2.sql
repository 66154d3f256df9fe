-- Late firings: T1's new total is 5, T2 gains 2. Pane 2 is redelivered.
INSERT INTO panes VALUES
  (3, 'T1', '2024-05-01 10:00:00', 'ACC', 5, 2),
  (4, 'T2', '2024-05-01 10:00:00', 'DISC', 2, 2),
  (2, 'T2', '2024-05-01 10:00:00', 'DISC', 3, 1);
