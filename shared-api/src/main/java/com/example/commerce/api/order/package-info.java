/** Messages of an order's life, from placement to completion or cancellation. */
package com.example.commerce.api.order;
