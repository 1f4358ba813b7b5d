/** The admin endpoint that reads one coupon. */
package com.example.commerce.query.coupon.web;
