-- T1 is counted in accumulating mode, T2 in discarding mode; both windows fire on time.
INSERT INTO panes VALUES
  (1, 'T1', '2024-05-01 10:00:00', 'ACC', 3, 1),
  (2, 'T2', '2024-05-01 10:00:00', 'DISC', 3, 1);
