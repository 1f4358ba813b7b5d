/** Idempotency-Key support: the first answer to a key is stored and replayed, on any node, after any restart. */
package com.example.commerce.command.idempotency;
