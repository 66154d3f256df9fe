-- Edge genres: title 21 is stored with the genre text 'Unknown' and shares one row with the
-- missing title 77 and the NULL-genre title 22; title 23's genre is the empty string, a genre of
-- its own. In August the only Comedy play lasted 0 seconds: the row still appears, with 0.
INSERT INTO dim_date VALUES
  (501, '2024-07-04', 2024, 7),
  (502, '2024-08-09', 2024, 8);
INSERT INTO dim_title VALUES
  (20, 'Pratfall',       'Comedy'),
  (21, 'Lost Reel',      'Unknown'),
  (22, 'Untagged',       NULL),
  (23, 'Blank Slate',    ''),
  (24, 'Second Drama',   'Drama');
INSERT INTO fact_plays VALUES
  (1, 501, 21, 100),
  (2, 501, 22, 200),
  (3, 501, 77, 300),
  (4, 501, 23, 400),
  (5, 501, 20, 500),
  (6, 502, 20,   0),
  (7, 502, 24, 900),
  (8, 502, 23,   0);
