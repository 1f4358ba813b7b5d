/** Event processors: pooled streaming by default, a few segments, shared between nodes through the token store. */
package com.example.commerce.axon.processing;
