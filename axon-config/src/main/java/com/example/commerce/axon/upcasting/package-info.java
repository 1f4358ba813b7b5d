/** Upcasters: older stored shapes of events read as today's records. */
package com.example.commerce.axon.upcasting;
