CREATE TABLE fact_plays (
  play_id       INTEGER PRIMARY KEY,
  date_key      INTEGER NOT NULL,
  title_key     INTEGER NOT NULL,
  watch_seconds INTEGER NOT NULL
);

CREATE TABLE dim_date (
  date_key  INTEGER PRIMARY KEY,
  full_date TEXT NOT NULL,
  year      INTEGER NOT NULL,
  month     INTEGER NOT NULL
);

CREATE TABLE dim_title (
  title_key INTEGER PRIMARY KEY,
  title     TEXT NOT NULL,
  genre     TEXT
);
