/** Generations of the read models: which one serves reads, rebuilding the next one from the event store, and the admin view of every projection. */
package com.example.commerce.query.projection;
