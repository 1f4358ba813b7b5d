/** Messages of discount codes: created, redeemed by an order, released. */
package com.example.commerce.api.coupon;
