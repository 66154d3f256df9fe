-- December of two different years (grouping by month alone merges them), a title in dim_title
-- that nobody played (it must not produce a row), a month with no plays (January 2024, absent),
-- and a February where a late-arriving title and a NULL-genre title share the 'Unknown' row.
INSERT INTO dim_date VALUES
  (20221224, '2022-12-24', 2022, 12),
  (20231224, '2023-12-24', 2023, 12),
  (20231225, '2023-12-25', 2023, 12),
  (20240101, '2024-01-01', 2024, 1),
  (20240201, '2024-02-01', 2024, 2);
INSERT INTO dim_title VALUES
  (1, 'Snowbound',     'Holiday'),
  (2, 'Quiet Harbor',  'Drama'),
  (3, 'Unaired Pilot', 'Comedy'),
  (4, 'Static',        NULL);
INSERT INTO fact_plays VALUES
  (1, 20221224, 1, 3000),
  (2, 20231224, 1, 1000),
  (3, 20231225, 1, 2000),
  (4, 20231225, 2, 1200),
  (5, 20240201, 7,  450),
  (6, 20240201, 4,   50);
