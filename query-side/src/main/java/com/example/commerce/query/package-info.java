/** The read side: projections of the event store and the endpoints that read them. */
package com.example.commerce.query;
