/** Admin endpoints that create coupons. */
package com.example.commerce.command.coupon.web;
