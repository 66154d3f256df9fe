CREATE TABLE fact_plays (
  play_id       INTEGER PRIMARY KEY,
  -- Every date_key exists in dim_date; a title_key may not exist in dim_title yet.
  date_key      INTEGER NOT NULL REFERENCES dim_date (date_key),
  title_key     INTEGER NOT NULL,
  watch_seconds INTEGER NOT NULL CHECK (watch_seconds >= 0)
);

CREATE TABLE dim_date (
  date_key  INTEGER PRIMARY KEY,
  full_date TEXT NOT NULL CHECK (full_date IS date(full_date)),
  -- The calendar year and month of full_date.
  year      INTEGER NOT NULL CHECK (year = CAST(strftime('%Y', full_date) AS INTEGER)),
  month     INTEGER NOT NULL CHECK (month = CAST(strftime('%m', full_date) AS INTEGER))
);

CREATE TABLE dim_title (
  title_key INTEGER PRIMARY KEY,
  title     TEXT NOT NULL,
  genre     TEXT
);
