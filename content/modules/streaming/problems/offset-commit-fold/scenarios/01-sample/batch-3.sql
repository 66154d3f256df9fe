-- An empty fetch: nothing changes.
SELECT 1;
