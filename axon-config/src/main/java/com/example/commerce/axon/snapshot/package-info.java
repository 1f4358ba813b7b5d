/** Snapshots for long-lived aggregates, taken off the command thread. */
package com.example.commerce.axon.snapshot;
