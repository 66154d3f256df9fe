-- No updates at all: the answer returns no rows (and must not fail).
SELECT 1 WHERE 0;
