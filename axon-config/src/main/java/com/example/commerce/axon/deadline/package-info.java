/** Deadlines stored in the database (db-scheduler), fired on one node, cancelled without a race. */
package com.example.commerce.axon.deadline;
