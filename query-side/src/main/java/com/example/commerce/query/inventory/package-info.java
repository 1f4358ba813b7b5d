/** Stock per SKU as the inventory events left it: on hand, reserved and available. */
package com.example.commerce.query.inventory;
