-- Two panes of the 10:05 window in one slice, newest listed last: the seq-3 pane (9) wins.
INSERT INTO panes VALUES
  (7, 'T1', '2024-05-01 10:05:00', 'ACC', 7, 2),
  (6, 'T1', '2024-05-01 10:05:00', 'ACC', 9, 3);
