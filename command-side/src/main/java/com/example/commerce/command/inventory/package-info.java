/** The stock of each SKU, one aggregate per SKU: its own consistency boundary, so no unit is sold twice. */
package com.example.commerce.command.inventory;
