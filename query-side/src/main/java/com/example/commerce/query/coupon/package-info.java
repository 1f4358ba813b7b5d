/** Coupons with their terms and how often they are in use. */
package com.example.commerce.query.coupon;
