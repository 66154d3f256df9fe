CREATE TABLE fact_budget (
  dept         TEXT    NOT NULL,
  month        TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
  budget_cents INTEGER NOT NULL,
  PRIMARY KEY (dept, month)
);

CREATE TABLE fact_expense (
  expense_id   INTEGER PRIMARY KEY,
  dept         TEXT    NOT NULL,
  spent_on     TEXT    NOT NULL CHECK (spent_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  amount_cents INTEGER NOT NULL
);
