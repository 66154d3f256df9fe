-- Quotes of AAA and BBB interleave in time, and both quote at 11:03:00; CCC has no quotes at all.
-- The newest quote before a trade is often the other symbol's. A BBB trade comes after AAA's first
-- quote but before BBB's first (NULL). A trade at exactly a quote's time; BBB's price only falls.
INSERT INTO quotes VALUES
  ('AAA', '2024-09-02 11:00:00', 100),
  ('BBB', '2024-09-02 11:00:30', 900),
  ('AAA', '2024-09-02 11:01:00', 110),
  ('BBB', '2024-09-02 11:01:30', 880),
  ('AAA', '2024-09-02 11:02:00', 105),
  ('AAA', '2024-09-02 11:03:00', 107),
  ('BBB', '2024-09-02 11:03:00', 870);
INSERT INTO trades VALUES
  (20, 'AAA', '2024-09-02 11:01:40', 10),
  (21, 'BBB', '2024-09-02 11:01:00', 20),
  (22, 'CCC', '2024-09-02 11:02:00', 30),
  (23, 'BBB', '2024-09-02 11:00:10', 40),
  (24, 'AAA', '2024-09-02 11:02:00', 50),
  (25, 'BBB', '2024-09-02 11:05:00', 60),
  (26, 'AAA', '2024-09-02 11:04:00', 70);
