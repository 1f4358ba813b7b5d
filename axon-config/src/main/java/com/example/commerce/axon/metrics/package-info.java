/** Axon's meters: the ones operators read, without the ones that cost every message dearly. */
package com.example.commerce.axon.metrics;
