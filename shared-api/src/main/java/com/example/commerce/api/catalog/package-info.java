/** Messages of the catalog: categories, products and their variants. */
package com.example.commerce.api.catalog;
