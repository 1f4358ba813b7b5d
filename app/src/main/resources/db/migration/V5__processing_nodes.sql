-- Which nodes run which processor right now (a heartbeat per processor and node), so that nodes
-- share a processor's segments evenly and take over those of a node that stopped.
CREATE TABLE processing_node (
    processor_name VARCHAR(255) NOT NULL,
    node           VARCHAR(255) NOT NULL,
    last_seen      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (processor_name, node)
);
