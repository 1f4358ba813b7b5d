/** Discount codes: their rules, and a usage limit that holds however many orders use them at once. */
package com.example.commerce.command.coupon;
