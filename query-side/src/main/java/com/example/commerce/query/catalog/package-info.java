/** The public catalog: categories and active products with their variants and what is available of each. */
package com.example.commerce.query.catalog;
