/** The audit endpoints: an order's event history and its state as of an instant. */
package com.example.commerce.query.audit.web;
