/**
 * Deadlines stored in the database (db-scheduler): fired on one node, fired again when that node
 * dies or the handler fails, and cancelled without racing the firing.
 */
package com.example.commerce.axon.deadline;
