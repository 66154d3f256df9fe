-- Empty.
SELECT 1;
