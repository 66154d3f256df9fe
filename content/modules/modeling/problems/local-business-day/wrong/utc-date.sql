-- Groups by the UTC date: every sale between local midnight and UTC midnight lands on the wrong day.
SELECT s.store_id, date(s.sold_at_utc) AS local_date, COUNT(*), SUM(s.amount_cents)
FROM sales s
GROUP BY 1, 2;
