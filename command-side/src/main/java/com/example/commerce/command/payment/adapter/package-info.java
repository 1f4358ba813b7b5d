/** One adapter per payment provider, in the shape of that provider's public API, and the built-in sandbox. */
package com.example.commerce.command.payment.adapter;
