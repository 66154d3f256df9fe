-- No signups at all: the result is empty (a calendar seeded with MIN(...) starts from NULL).
SELECT 1 WHERE 0;
