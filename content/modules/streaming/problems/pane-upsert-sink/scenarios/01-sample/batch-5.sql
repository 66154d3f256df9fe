-- The first firing of the 10:05 window arrives last: older than the row, it changes no total.
INSERT INTO panes VALUES
  (5, 'T1', '2024-05-01 10:05:00', 'ACC', 4, 1);
