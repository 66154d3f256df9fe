-- The sample: every play's title is known and has a genre. January has plays of one title on two
-- different days (one row per month and genre, not per day); March is in dim_date but has no
-- plays, so it does not appear.
INSERT INTO dim_date VALUES
  (20240105, '2024-01-05', 2024, 1),
  (20240120, '2024-01-20', 2024, 1),
  (20240203, '2024-02-03', 2024, 2),
  (20240301, '2024-03-01', 2024, 3);
INSERT INTO dim_title VALUES
  (1, 'Harbor Lights', 'Drama'),
  (2, 'Laugh Track',   'Comedy'),
  (3, 'Deep Field',    'Documentary');
INSERT INTO fact_plays VALUES
  (1, 20240105, 1, 1200),
  (2, 20240120, 1, 1800),
  (3, 20240105, 2,  600),
  (4, 20240203, 2,  900),
  (5, 20240203, 3, 2400),
  (6, 20240203, 1,  300);
