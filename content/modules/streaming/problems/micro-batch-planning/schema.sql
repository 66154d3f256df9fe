-- What the Kafka source reports each time the trigger fires: for every partition, its latest
-- offset (the exclusive end: offsets 0 .. latest_offset - 1 exist). Every tick lists every
-- partition; ticks are numbered 1, 2, 3, ... without gaps; a latest offset never decreases.
CREATE TABLE source_offsets (
  tick_no       INTEGER NOT NULL CHECK (tick_no >= 1),
  partition_id  INTEGER NOT NULL CHECK (partition_id >= 0),
  latest_offset INTEGER NOT NULL CHECK (latest_offset >= 0),
  PRIMARY KEY (tick_no, partition_id)
);
