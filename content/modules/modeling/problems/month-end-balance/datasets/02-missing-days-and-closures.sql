-- April's feed stops on the 29th (no row on the 30th: the calendar month end has no snapshot).
-- Account 12 closes after April 10 (its last row): it must not count in the closing balance.
-- May has a single snapshot. April's average is (1400 + 1200 + 1500) / 3 = 1366.67 -> 1367.
INSERT INTO fact_account_daily VALUES
  ('2024-04-10', 11, 1000), ('2024-04-10', 12,  400),
  ('2024-04-20', 11, 1200),
  ('2024-04-29', 11, 1250), ('2024-04-29', 13,  250),
  ('2024-05-15', 11, -200), ('2024-05-15', 13,  900);
