-- No plays yet: no windows.
SELECT 1;
