/** Messages of the stock of each SKU: restock, reserve, release, commit, return. */
package com.example.commerce.api.inventory;
