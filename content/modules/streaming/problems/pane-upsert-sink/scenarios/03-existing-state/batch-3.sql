-- Y's seq-2 delta arrives after seq 3: added; last_seq stays 3.
INSERT INTO panes VALUES
  (202, 'Y', '2024-07-01 00:00:00', 'DISC', 6, 2);
