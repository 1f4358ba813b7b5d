/** The admin endpoint that reads one SKU's stock. */
package com.example.commerce.query.inventory.web;
