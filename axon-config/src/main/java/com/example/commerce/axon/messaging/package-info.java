/** Metadata on every message: who caused it (userId), and the correlation and causation chain. */
package com.example.commerce.axon.messaging;
