-- u1 has two events in this batch: both count.
INSERT INTO events VALUES (1, 'a', 'u1'), (1, 'b', 'u2'), (1, 'c', 'u1');
