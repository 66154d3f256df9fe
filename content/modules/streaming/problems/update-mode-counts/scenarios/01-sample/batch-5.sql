INSERT INTO events VALUES (3, 'e', 'u3'), (3, 'f', 'u1');
