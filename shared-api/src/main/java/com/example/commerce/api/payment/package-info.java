/** Messages of a payment through a gateway: started, approved, declined, refunded. */
package com.example.commerce.api.payment;
