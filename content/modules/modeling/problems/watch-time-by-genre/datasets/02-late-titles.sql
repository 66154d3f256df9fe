-- Late-arriving dimension rows: titles 98 and 99 are played but not yet in dim_title, and title
-- 11 is known with a NULL genre. In December and January both kinds land in ONE 'Unknown' row;
-- in March the NULL-genre title alone makes the 'Unknown' row. February has no plays (absent).
-- Date keys are plain surrogates (1..6), not YYYYMMDD: year and month come from dim_date.
INSERT INTO dim_date VALUES
  (1, '2023-12-30', 2023, 12),
  (2, '2023-12-31', 2023, 12),
  (3, '2024-01-01', 2024, 1),
  (4, '2024-01-15', 2024, 1),
  (5, '2024-02-10', 2024, 2),
  (6, '2024-03-02', 2024, 3);
INSERT INTO dim_title VALUES
  (10, 'Night Shift',  'Thriller'),
  (11, 'Paper Moons',  NULL),
  (12, 'Green Valley', 'Family');
INSERT INTO fact_plays VALUES
  (100, 2, 10, 1500),
  (101, 2, 99,  700),
  (102, 1, 11,  400),
  (103, 3, 10, 2000),
  (104, 4, 10,  500),
  (105, 4, 98, 1000),
  (106, 3, 98,  250),
  (107, 6, 12, 3600),
  (108, 6, 11,  800);
