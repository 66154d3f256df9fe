-- Empty slice.
SELECT 1;
