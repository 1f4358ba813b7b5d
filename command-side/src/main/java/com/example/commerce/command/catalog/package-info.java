/** Products with their variants and categories; SKUs unique across the catalog; what an order may sell. */
package com.example.commerce.command.catalog;
