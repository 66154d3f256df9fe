INSERT INTO events VALUES (11, 'y1', 'q'), (11, 'y2', 'q');
