/** Refusals the domain states in its own words; the web layer maps each kind to a problem response. */
package com.example.commerce.api.error;
