-- Each command node takes order numbers a hundred at a time (OrderNumbers.BLOCK): one sequence read
-- per hundred orders instead of one per order. Every number stays unique across nodes; a node that
-- stops leaves the rest of its block unused. Command nodes of earlier versions, which use each value
-- as one number, must not run beside this version (docs/operations.md, upgrades).
ALTER SEQUENCE order_number_seq INCREMENT BY 100;
