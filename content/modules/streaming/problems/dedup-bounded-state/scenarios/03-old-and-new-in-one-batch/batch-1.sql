-- Empty first batch: nothing remembered, nothing counted.
SELECT 1;
